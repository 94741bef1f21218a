package org.tandem.outcomes;

/**
 * Partner-support figures for the cases referred in an area in a period: counts only, never a
 * woman. Each figure is about the women recorded as partners on those cases, wherever their contact
 * stands now. Definitions are in docs/outcome-definitions.md.
 *
 * @param partnersOfAssessedMen women recorded as partners of men whose assessment was decided (has
 *     a viability decision)
 * @param engagedAfterAssessment of those, women whose contact now stands at engaged
 * @param womenSupported women whose contact now stands at engaged, or who have had a one-to-one or
 *     telephone session, or who have ever been members of a structured women's group
 * @param womenWithChildProtection women supported on a case where any child has been on a child
 *     protection plan at any time (at referral, now, or in a recorded change between)
 * @param children children named on the cases of the women supported, each child once
 * @param contacts contact attempts that reached a woman supported (spoke with her, met her, or she
 *     declined support: the contacts her record counts), plus her one-to-one and telephone sessions
 * @param proactiveAttempts every proactive attempt to reach any partner in these cases, whatever
 *     its outcome (the letter and pack is not an attempt)
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
