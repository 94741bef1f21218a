package org.tandem.outcomes;

/**
 * How long men referred in the period waited. Days count from the referral date to the later date
 * (a first appointment the day after referral is 1 day); dates are UK dates. Medians are the middle
 * value, or the mean of the two middle values, rounded to the nearest whole day with halves up.
 * Definitions are in docs/outcome-definitions.md.
 *
 * @param seen men with a first appointment date recorded (a booked date counts)
 * @param medianDaysToFirstAppointment median days from referral to first appointment, null if none
 * @param averageDaysToFirstAppointment mean of the same, unrounded, null if none
 * @param assessed men whose assessment has a viability decision
 * @param medianDaysToAssessmentDecision median days from referral to the date of the viability
 *     decision, null if none
 * @param stillWaiting men with no first appointment date whose case is neither referred on nor did
 *     not attend
 * @param longestCurrentWaitDays the longest of those waits, measured to the last day of the period
 *     or to today if that is earlier, null if nobody is waiting
 */
public record WaitingTimes(
    int seen,
    Integer medianDaysToFirstAppointment,
    Double averageDaysToFirstAppointment,
    int assessed,
    Integer medianDaysToAssessmentDecision,
    int stillWaiting,
    Integer longestCurrentWaitDays) {}
