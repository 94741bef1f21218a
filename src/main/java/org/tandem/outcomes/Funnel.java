package org.tandem.outcomes;

/**
 * The referral funnel for the men referred in an area in a period, as the service follows them
 * (every figure counts men referred in the period, wherever they are now). Definitions are in
 * docs/outcome-definitions.md.
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
    int awaitingAssessment) {}
