package org.tandem.partnersupport;

import java.time.LocalDate;

/**
 * When her safety plan shows as due for review: from a week before its review date, and overdue
 * from the day after. One rule, so that the task list and "my work" never disagree about a plan.
 */
public final class SafetyPlanReviews {

  /** How many days ahead a review shows as coming up. */
  public static final int SHOWN_DAYS_AHEAD = 7;

  private SafetyPlanReviews() {}

  /** The latest review date that shows as due today. */
  public static LocalDate dueBy(LocalDate today) {
    return today.plusDays(SHOWN_DAYS_AHEAD);
  }

  /** Whether a review on this date is overdue today. */
  public static boolean overdue(LocalDate reviewOn, LocalDate today) {
    return reviewOn.isBefore(today);
  }
}
