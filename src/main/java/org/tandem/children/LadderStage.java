package org.tandem.children;

/** When a safety-ladder reading was taken: before the work with the child, or after it. */
public enum LadderStage {
  BEFORE,
  AFTER
}
