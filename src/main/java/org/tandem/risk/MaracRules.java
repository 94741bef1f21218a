package org.tandem.risk;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The MARAC referral criteria, as the checklist's guidance sets them. A call-out counts towards
 * escalation when it falls on or after the same date twelve months ago; a referral is a repeat when
 * the previous one was made on or after that date.
 */
public final class MaracRules {

  public static final int ESCALATION_CALL_OUTS = 3;

  private MaracRules() {}

  public static boolean visibleHighRisk(DashScore score) {
    return score.visibleHighRisk();
  }

  public static long callOutsInPastYear(Collection<LocalDate> callOuts, LocalDate today) {
    LocalDate yearAgo = today.minusMonths(12);
    return callOuts.stream().filter(d -> !d.isBefore(yearAgo) && !d.isAfter(today)).count();
  }

  public static boolean escalation(Collection<LocalDate> callOuts, LocalDate today) {
    return callOutsInPastYear(callOuts, today) >= ESCALATION_CALL_OUTS;
  }

  /** A further referral within 12 months of the last one is a repeat. */
  public static boolean repeat(LocalDate previousReferral, LocalDate today) {
    return previousReferral != null && !previousReferral.isBefore(today.minusMonths(12));
  }
}
