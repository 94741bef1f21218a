package org.tandem.partnersupport;

import java.time.LocalDate;
import java.util.List;

/**
 * Her follow-up evaluations: when they are due (from the date she was first reached; null, with no
 * schedule, until she has been), and those recorded, newest first.
 */
public record HerEvaluations(
    LocalDate reachedOn, List<Due> schedule, List<HerEvaluation> recorded) {

  /**
   * One point of the schedule.
   *
   * @param completedOn the date her evaluation for this point was completed, or null
   * @param taskDone whether its task is done (recording the evaluation does it; a worker may also
   *     mark it done, e.g. when she did not want to be asked)
   * @param overdue not recorded, task still open, and the due date has passed
   */
  public record Due(
      EvaluationPoint point,
      LocalDate dueOn,
      LocalDate completedOn,
      boolean taskDone,
      boolean overdue) {}

  /** The points still to be recorded, soonest first. */
  public List<EvaluationPoint> outstanding() {
    return schedule.stream().filter(d -> d.completedOn() == null).map(Due::point).toList();
  }
}
