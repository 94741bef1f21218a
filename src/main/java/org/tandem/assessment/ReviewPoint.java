package org.tandem.assessment;

import java.util.Arrays;
import java.util.Optional;

/** The programme's review points at which an update report goes to the referrer. */
public enum ReviewPoint {
  /** Week 12 by default: stage 1 of the curriculum should be behind him. */
  WEEK_12,
  /** Completion, at week 32 by default. */
  COMPLETION;

  public ReportKind kind() {
    return this == WEEK_12 ? ReportKind.UPDATE_WEEK_12 : ReportKind.UPDATE_COMPLETION;
  }

  /** The point a name stands for, if it stands for one. */
  public static Optional<ReviewPoint> named(String name) {
    return name == null
        ? Optional.empty()
        : Arrays.stream(values()).filter(p -> p.name().equals(name.strip())).findFirst();
  }
}
