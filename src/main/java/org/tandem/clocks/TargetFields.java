package org.tandem.clocks;

/** The name each clock's target goes by in the targets form and in the API. */
final class TargetFields {

  private TargetFields() {}

  static String field(ClockKind kind) {
    return switch (kind) {
      case HIS_FIRST_ATTEMPT -> "hisFirstAttempt";
      case HIS_ASSESSMENT -> "hisAssessment";
      case HIS_PROGRAMME_START -> "hisProgrammeStart";
      case HER_FIRST_ATTEMPT -> "herFirstAttempt";
      case HER_REACHED -> "herReached";
    };
  }
}
