package org.tandem.evaluation;

/**
 * One measure at one point of an evaluation, for a report: how many answered it and how many of
 * those gave a rating of 4 or 5 ({@link Improvement}). Counts only, never who; suppressing small
 * numbers is for whoever shows them.
 *
 * @param measure the measure's code, e.g. VIOLENCE or RESPECTFUL_COMMUNICATION
 * @param label the measure in the service's words, e.g. "Respectful communication"
 * @param point when it was asked: "3 months", "6 months", "18 months" or "After engagement"
 * @param answered evaluations that rated this measure (not "not asked", not "does not apply")
 * @param improved of those, the ones rated 4 or 5
 */
public record MeasureResult(
    String measure, String label, String point, int answered, int improved) {}
