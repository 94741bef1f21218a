package org.tandem.outcomes;

import org.tandem.assessment.PoliceEvidence;

/**
 * Incidents evidenced before assessment (police call-outs, a social-services chronology), as the
 * evidence gives them, and the number the repeat-victimisation method counts for them.
 */
public record PreAssessmentEvidence(PoliceEvidence kind, Integer written) {

  /**
   * Where the count is unclear the method assumes three police call-outs: three usually trigger a
   * children's-services investigation, which is how such a case reaches the service.
   */
  public static final int UNCLEAR_COUNTS_AS = 3;

  public PreAssessmentEvidence {
    if (kind != PoliceEvidence.UNCLEAR && (written == null || written < 0)) {
      throw new IllegalArgumentException("A count of incidents needs a number of 0 or more");
    }
    if (kind == PoliceEvidence.UNCLEAR) {
      written = null;
    }
  }

  /** The incidents the method counts: the number, "N+" as N, unclear as three. */
  public int counted() {
    return kind == PoliceEvidence.UNCLEAR ? UNCLEAR_COUNTS_AS : written;
  }

  /** As a person would write it: 4, 4+ or Unclear. */
  public String asWritten() {
    return switch (kind) {
      case COUNT -> Integer.toString(written);
      case AT_LEAST -> written + "+";
      case UNCLEAR -> "Unclear";
    };
  }
}
