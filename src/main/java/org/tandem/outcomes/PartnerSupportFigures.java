package org.tandem.outcomes;

/**
 * Partner-support figures for the cases referred in an area in a period: counts only, never a
 * woman. Definitions are in docs/outcome-definitions.md.
 *
 * @param partnersOfAssessedMen women recorded as partners of men whose assessment was decided
 * @param engagedAfterAssessment of those, women whose contact now stands at engaged
 * @param womenSupported women engaged, or given one-to-one or telephone support, or in a group
 * @param womenWithChildProtection women supported whose children have been on a child protection
 *     plan at any time
 * @param children children in the families of the women supported
 * @param contacts contact attempts that reached a woman supported, plus her support sessions
 * @param proactiveAttempts every proactive attempt to reach any partner in these cases
 * @param casesWithPartners cases with at least one partner recorded
 * @param womenInGroups women who have been members of a structured women's group
 */
public record PartnerSupportFigures(
    int partnersOfAssessedMen,
    int engagedAfterAssessment,
    int womenSupported,
    int womenWithChildProtection,
    int children,
    int contacts,
    int proactiveAttempts,
    int casesWithPartners,
    int womenInGroups) {

  /** Average contacts per woman supported, or null when no woman was supported. */
  public Double averageContactsPerWoman() {
    return womenSupported == 0 ? null : (double) contacts / womenSupported;
  }

  /** Average proactive attempts per case with a partner, or null when there is none. */
  public Double averageAttemptsPerCase() {
    return casesWithPartners == 0 ? null : (double) proactiveAttempts / casesWithPartners;
  }
}
