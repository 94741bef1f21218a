package org.tandem.outcomes;

/**
 * The referral funnel for the men referred in an area in a period, as the service follows them
 * (every figure counts men referred in the period, wherever they are now). A man counts in every
 * figure that applies to him. Definitions are in docs/outcome-definitions.md.
 *
 * @param referred every man referred in the period
 * @param appropriate men triaged as appropriate for assessment
 * @param assessed men whose assessment has a viability decision
 * @param enteredProgramme men who attended (on time or late) at least one session of a group or of
 *     individual work
 * @param completedStageOne men who attended every stage-1 session of their group's curriculum in
 *     one place on the programme, or whose place is completed
 * @param completedSixtyHours men who attended 60 hours or more in one place on the programme (each
 *     curriculum session's hours once, however often attended), or whose place is completed
 * @param stillEngaged men with a place now attending
 * @param didNotAttend men whose case status is did not attend
 * @param notAcceptable men assessed as not acceptable now or not realistic
 * @param referredOn men whose case status is referred on
 * @param individualWork men assessed for individual work
 * @param awaitingAssessment men awaiting triage or assessment with no viability decision
 * @param repeatReferrals referrals intake linked to an earlier case of the same man
 */
public record Funnel(
    int referred,
    int appropriate,
    int assessed,
    int enteredProgramme,
    int completedStageOne,
    int completedSixtyHours,
    int stillEngaged,
    int didNotAttend,
    int notAcceptable,
    int referredOn,
    int individualWork,
    int awaitingAssessment,
    int repeatReferrals) {}
