package org.tandem.outcomes;

/**
 * One case as the repeat-victimisation method sees it: the evidence before assessment, the violence
 * he disclosed at assessment (shown beside the figure, never used in it), the repeat incidents
 * evidenced during the intervention (null when not known), and the reason it is excluded, if it is.
 */
public record OutcomeCase(
    String caseCode,
    PreAssessmentEvidence before,
    String inventoryViolence,
    Integer repeatEvidenced,
    String exclusionReason) {

  public boolean excluded() {
    return exclusionReason != null;
  }
}
