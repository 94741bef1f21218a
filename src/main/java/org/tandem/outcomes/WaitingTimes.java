package org.tandem.outcomes;

/**
 * How long men referred in the period waited. Days count from the referral date.
 *
 * @param seen men with a first appointment
 * @param medianDaysToFirstAppointment median days from referral to first appointment, null if none
 * @param averageDaysToFirstAppointment mean of the same, null if none
 * @param assessed men whose assessment was decided
 * @param medianDaysToAssessmentDecision median days from referral to the viability decision
 * @param stillWaiting men referred in the period who are still waiting (no first appointment)
 * @param longestCurrentWaitDays the longest of those waits up to the end of the period, null if
 *     none
 */
public record WaitingTimes(
    int seen,
    Integer medianDaysToFirstAppointment,
    Double averageDaysToFirstAppointment,
    int assessed,
    Integer medianDaysToAssessmentDecision,
    int stillWaiting,
    Integer longestCurrentWaitDays) {}
