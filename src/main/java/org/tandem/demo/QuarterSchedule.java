package org.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.referral.TriageOutcome;

/**
 * When each step of the demo's last full quarter happens: the men referred a week or so apart,
 * triaged within days, seen for assessment a fortnight or so later, and a weekly group from the
 * sixth week; every step inside the quarter, the shortest of which has 90 days, so that the
 * quarter's report counts it whatever day the demo loads on.
 *
 * @param quarter the last quarter to have ended
 */
record QuarterSchedule(ReportPeriod quarter) {

  /** What becomes of each man referred in the quarter, in the order they are referred. */
  enum Fate {
    INDIVIDUAL_WORK,
    NOT_ACCEPTABLE_NOW,
    DID_NOT_ATTEND,
    HIGH_RISK_ON_HIS_DASH,
    GROUP_PROGRAMME,
    REFERRED_ON,
    REFERRED_TO_MARAC,
    IN_ASSESSMENT,
    AWAITING_ASSESSMENT,
    STILL_AWAITING_ASSESSMENT;

    TriageOutcome triage() {
      return switch (this) {
        case DID_NOT_ATTEND -> TriageOutcome.DID_NOT_ATTEND;
        case REFERRED_ON -> TriageOutcome.INAPPROPRIATE_REFERRED_ON;
        default -> TriageOutcome.APPROPRIATE_FOR_ASSESSMENT;
      };
    }

    /** Seen for assessment in the quarter. */
    boolean seen() {
      return triage() == TriageOutcome.APPROPRIATE_FOR_ASSESSMENT
          && this != AWAITING_ASSESSMENT
          && this != STILL_AWAITING_ASSESSMENT;
    }

    /** Referred to MARAC after his assessment, and the referral made. */
    boolean toMarac() {
      return this == HIGH_RISK_ON_HIS_DASH || this == REFERRED_TO_MARAC;
    }

    /** Found suitable for the group, and given a place in it. */
    boolean inGroup() {
      return toMarac() || this == GROUP_PROGRAMME;
    }
  }

  /** How many men are referred in the quarter. */
  static final int MEN = Fate.values().length;

  /** The last quarter to have ended by {@code today}. */
  static QuarterSchedule before(LocalDate today) {
    return new QuarterSchedule(ReportPeriod.quarterOf(today).previousQuarter());
  }

  /** The day the {@code n}th man is referred. */
  LocalDate referred(int n) {
    return quarter.from().plusDays(3 + 8L * n);
  }

  /** The day his referral is triaged: two to five days later. */
  LocalDate triaged(int n) {
    return referred(n).plusDays(2 + n % 4);
  }

  /** His first appointment, at which he is assessed and the decision made: 10 to 20 days on. */
  LocalDate seen(int n) {
    return referred(n).plusDays(10 + (4L * n) % 11);
  }

  /** The day a MARAC referral due after his assessment is made. */
  LocalDate maracMade(int n) {
    return seen(n).plusDays(1);
  }

  /** The day the MARAC meeting hears his case. */
  LocalDate maracMet(int n) {
    return seen(n).plusDays(15);
  }

  /** The day the police are called to his home again, after his assessment. */
  LocalDate policeCalledOut(int n) {
    return seen(n).plusDays(8);
  }

  /** The weekly group's meetings, from the sixth week to the quarter's end. */
  List<LocalDate> groupMeets() {
    List<LocalDate> meetings = new ArrayList<>();
    for (LocalDate on = quarter.from().plusDays(40);
        !on.isAfter(quarter.to());
        on = on.plusWeeks(1)) {
      meetings.add(on);
    }
    return meetings;
  }

  /** Every day a step is recorded on, for the check that each falls inside the quarter. */
  List<LocalDate> everyDay() {
    List<LocalDate> days = new ArrayList<>(groupMeets());
    for (Fate fate : Fate.values()) {
      int n = fate.ordinal();
      days.addAll(List.of(referred(n), triaged(n)));
      if (fate.seen()) {
        days.add(seen(n));
      }
      if (fate.toMarac()) {
        days.addAll(List.of(maracMade(n), maracMet(n)));
      }
      if (fate == Fate.REFERRED_TO_MARAC) {
        days.add(policeCalledOut(n));
      }
    }
    return days;
  }
}
