package org.tandem.clocks;

/** Where a clock stands. */
public enum ClockState {
  /** The step was reached within the target. */
  MET,
  /** The step was reached late, or is still to come and the target has passed. */
  BREACHED,
  /** The step is still to come, and the target has not passed yet. */
  RUNNING,
  /** His case left the path before the step (referred on, closed…), before the target passed. */
  STOPPED
}
