package org.tandem.planner;

/**
 * One line of a first-year budget, in whole pounds; some lines are spent in the first year only.
 */
public record BudgetLine(String name, long pounds, boolean firstYearOnly) {}
