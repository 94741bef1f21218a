package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.SignedIn;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.CaseAccess;
import org.tandem.access.Role;
import org.tandem.assessment.AViabilityDecision;
import org.tandem.children.ChildRecord;
import org.tandem.outcomes.internal.LiveFigures;
import org.tandem.partnersupport.HerSupport;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import org.tandem.womensgroups.AWomensGroup;

/**
 * Every figure of the four live-figure methods, against a fresh area holding twelve men referred in
 * the first quarter of 2025 whose every property is known, plus cases that must not count: one
 * referred the day before the quarter, one the day after, one in another area and, for the
 * current-wait rule, one referred this quarter. Each figure below says which men make it.
 *
 * <p>Everything goes through the API, as the area's workers would record it, by the builders of
 * each feature: cases ({@link Family}), triage, viability decisions ({@link AViabilityDecision}),
 * contact attempts, where contact stands and support sessions ({@link HerSupport}), women's groups,
 * changes of a child's protection status ({@link ChildRecord}), and the programme ({@link AGroup}):
 * what happened on a day in the past is recorded with the test clock stopped on that day.
 *
 * <p>The data is built once for the class (PER_CLASS), since every test reads the same cohort.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveFiguresTest extends TandemTest {

  private static final ReportPeriod PERIOD = ReportPeriod.quarter(2025, 1);

  @Autowired LiveFigures figures;
  @Autowired CaseAccess access;
  @Autowired UserDetailsService users;

  /** Partner support is counted from behind the wall: as the manager, whose team covers area. */
  private PartnerSupportFigures partnerSupport(ReportPeriod period) {
    return SignedIn.as(
        users,
        managerName,
        () -> figures.partnerSupport(access.wallFiguresFor(List.of(area)), area, period));
  }

  private long area;
  private String managerName;
  private LocalDate thisQuarterReferral;

  @BeforeAll
  void buildTheCohort() {
    TestArea own = newArea();
    TestArea elsewhere = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    own.alsoManage(elsewhere);
    area = own.id();
    managerName = own.user(Role.SERVICE_MANAGER).username();
    // Two stage-1 sessions and seven stage-2 sessions of 8 hours each: 72 hours in all.
    Programme2025 programme = Programme2025.in(api(), own);
    ProgrammeGroup group = programme.group;
    ProgrammeGroup individual = programme.individualWork;
    AWomensGroup womensGroup = AWomensGroup.in(own).create(api());

    // M1: completed his place (so stage 1 and 60 hours whatever he attended); two partners.
    Family m1 =
        refer(
            man(own, "2025-01-10", "CHILDRENS_SERVICES", "1990-06-01")
                .withPartners(2)
                .andChild(3, "CHILD_PROTECTION_PLAN")
                .andChild(12, "NONE"));
    m1.appropriate(day("2025-01-20"));
    AViabilityDecision.of(m1, "GROUP_PROGRAMME").on("2025-03-01");
    group.place(m1).attended(1).status("COMPLETED");
    HerSupport.of(m1, 0)
        .attempt("NO_ANSWER", today().minusDays(3))
        .attempt("SPOKE_WITH_HER", today().minusDays(3))
        .engaged(today().minusDays(2))
        .session("ONE_TO_ONE", today().minusDays(1))
        .session("TELEPHONE", today().minusDays(1));
    HerSupport.of(m1, 1)
        .attempt("NO_ANSWER", today().minusDays(3))
        .attempt("NO_ANSWER", today().minusDays(3));
    womensGroup.join(m1.partner(1));

    // M2: attending; both stage-1 sessions (one late) and six more: 8 sessions, 64 hours.
    Family m2 =
        refer(
            man(own, "2025-01-15", "CHILDRENS_SERVICES", "2007-01-15")
                .withPartners(1)
                .andChild(0, "CHILD_IN_NEED"));
    m2.appropriate(day("2025-02-04"));
    AViabilityDecision.of(m2, "GROUP_PROGRAMME").on("2025-02-24");
    group.place(m2).attended(1).marked(2, "LATE").attended(3, 4, 5, 6, 7, 8);
    HerSupport.of(m2, 0)
        .attempt("SPOKE_WITH_HER", today().minusDays(3))
        .session("TELEPHONE", today().minusDays(1));
    // His child was on a plan for a while and is not now.
    ChildRecord.of(m2, 0)
        .protection("CHILD_PROTECTION_PLAN", today().minusDays(2))
        .protection("CHILD_IN_NEED", today().minusDays(1));

    // M3: individual work, attending, came to session 1 and missed session 2.
    Family m3 =
        refer(man(own, "2025-02-01", "CAFCASS_FAMILY_COURT", "2007-02-02").needingAnInterpreter());
    m3.appropriate(day("2025-02-06"));
    AViabilityDecision.of(m3, "INDIVIDUAL_WORK").because("LANGUAGE").on("2025-02-21");
    individual.place(m3).attended(1).marked(2, "ABSENT_WITHOUT_REASON");

    // M4: exited after 7 different sessions (56 hours), one of them twice (which is not 64).
    Family m4 =
        refer(
            man(own, "2025-01-05", "POLICE", "1980-01-05")
                .withPartners(1)
                .andChild(5, "NONE")
                .andChild(10, "NONE")
                .andChild(16, "NONE"));
    m4.appropriate(day("2025-01-21"));
    AViabilityDecision.of(m4, "GROUP_PROGRAMME").on("2025-01-25");
    group.place(m4).attended(1, 2, 3, 4, 5, 6, 7, 7).status("EXITED");
    HerSupport.of(m4, 0).attempt("DECLINED_SUPPORT", today().minusDays(3));

    // M5: a place waiting to start; absent (with a reason) from the one session he was marked at.
    Family m5 = refer(man(own, "2025-03-10", "PROBATION", "1970-03-10").withPartners(1));
    m5.appropriate(day("2025-03-17"));
    AViabilityDecision.of(m5, "GROUP_PROGRAMME").on("2025-04-20");
    group.place(m5).marked(1, "ABSENT_WITH_REASON");
    womensGroup.join(m5.partner(0));

    // M6: did not attend. M7: referred on. Neither waits.
    refer(man(own, "2025-03-05", "POLICE", null).needingAnInterpreter().andChild(15, "NONE"))
        .triaged("DID_NOT_ATTEND", null);
    refer(man(own, "2025-03-20", "OTHER", "1985-03-21")).triaged("INAPPROPRIATE_REFERRED_ON", null);

    // M8: not yet triaged, waiting; his partner engaged although he has not been assessed.
    Family m8 =
        refer(
            man(own, "2025-03-01", "SELF_REFERRAL", "2000-03-02")
                .withPartners(1)
                .andChild(18, "CHILD_IN_NEED")
                .andChild(11, "CHILD_IN_NEED")
                .andChild(4, "CHILD_IN_NEED"));
    HerSupport.of(m8, 0)
        .attempt("SPOKE_WITH_HER", today().minusDays(3))
        .engaged(today().minusDays(2));

    // M9: appropriate, no appointment yet: the longest wait.
    refer(man(own, "2025-02-01", "MARAC", null)).appropriate(null);

    // M10, M11: not acceptable now, not realistic.
    Family m10 = refer(man(own, "2025-02-10", "CHILDRENS_SERVICES", "1990-02-10"));
    m10.appropriate(day("2025-02-21"));
    AViabilityDecision.of(m10, "NOT_ACCEPTABLE_NOW").because("DENIAL").on("2025-03-02");
    Family m11 = refer(man(own, "2025-02-20", "HEALTH_GP", "1995-01-01"));
    m11.appropriate(day("2025-03-05"));
    // Decided just after midnight on the first Monday of summer time: still 30 March in UTC.
    AViabilityDecision.of(m11, "NOT_REALISTIC").on("2025-03-31");

    // M12: seen (first appointment after the quarter) but not yet assessed.
    refer(man(own, "2025-03-25", "SELF_REFERRAL", "1975-03-26")).appropriate(day("2025-04-06"));

    // Cases that must not count, each of which would move almost every figure if it did.
    busyCase(own, "2024-12-31", null, group, womensGroup);
    busyCase(own, "2025-04-01", "2025-04-02", group, womensGroup);
    busyCase(
        elsewhere,
        "2025-02-15",
        "2025-02-16",
        programme.groupIn(elsewhere, programme.curriculum),
        AWomensGroup.in(elsewhere).create(api()));

    // This quarter's case, still waiting: its wait runs to today, not to the end of the quarter.
    thisQuarterReferral = ReportPeriod.quarterOf(today()).from();
    refer(man(own, thisQuarterReferral.toString(), "POLICE", null));
  }

  @Test
  void theFunnelFollowsTheMenReferredInThePeriodToToday() {
    Funnel funnel = figures.funnel(area, PERIOD, today());

    assertThat(funnel.referred()).as("M1 to M12").isEqualTo(12);
    assertThat(funnel.appropriate()).as("all but M6, M7 and M8").isEqualTo(9);
    assertThat(funnel.assessed()).as("M1 to M5, M10, M11").isEqualTo(7);
    assertThat(funnel.enteredProgramme()).as("M1 to M4; M5 was only absent").isEqualTo(4);
    assertThat(funnel.completedStageOne()).as("M1 completed, M2 and M4 attended").isEqualTo(3);
    assertThat(funnel.completedSixtyHours()).as("M1 completed, M2 64 hours").isEqualTo(2);
    assertThat(funnel.stillEngaged()).as("M2 and M3 attending").isEqualTo(2);
    assertThat(funnel.didNotAttend()).as("M6").isEqualTo(1);
    assertThat(funnel.notAcceptable()).as("M10, M11").isEqualTo(2);
    assertThat(funnel.referredOn()).as("M7").isEqualTo(1);
    assertThat(funnel.individualWork()).as("M3").isEqualTo(1);
    assertThat(funnel.awaitingAssessment()).as("M8, M9, M12").isEqualTo(3);
  }

  @Test
  void partnerSupportCountsTheWomenOnThoseCases() {
    PartnerSupportFigures partners = partnerSupport(PERIOD);

    assertThat(partners)
        .isEqualTo(
            new PartnerSupportFigures(
                5, // M1's two, M2's, M4's and M5's partners
                1, // M1's current partner (M8's is engaged, but he is not assessed)
                5, // engaged (M1's current, M8's), sessions (M2's), group (M1's former, M5's)
                3, // M1's two (a child on a plan now), M2's (a child on a plan for a while)
                6, // M1's 2, M2's 1, M5's none, M8's 3: each family once
                6, // M1's current 1 + 2 sessions, M2's 1 + 1, M8's 1; M4's declined is not
                // supported
                7, // every attempt: M1's 2 + 2, M2's 1, M4's 1, M8's 1
                5, // M1, M2, M4, M5, M8
                2)); // M1's former and M5's
    assertThat(partners.averageContactsPerWoman()).isCloseTo(1.2, within(1e-9));
    assertThat(partners.averageAttemptsPerCase()).isCloseTo(1.4, within(1e-9));
  }

  @Test
  void demographicsListEveryBandInOrder() {
    Demographics who = figures.demographics(area, PERIOD);

    assertThat(who.men()).isEqualTo(12);
    assertThat(who.ageBands())
        .containsExactly(
            new Count("Under 18", 1), // M3, a day before his 18th birthday
            new Count("18–24", 2), // M2 on his 18th birthday, M8
            new Count("25–34", 2), // M1, M11
            new Count("35–44", 2), // M7, M10 on his 35th birthday
            new Count("45–54", 2), // M4, M12
            new Count("55 and over", 1), // M5
            new Count("Not recorded", 2)); // M6, M9
    assertThat(who.referralSources())
        .containsExactly(
            new Count("Children's services", 3),
            new Count("CAFCASS or family court", 1),
            new Count("Police", 2),
            new Count("Probation", 1),
            new Count("MARAC", 1),
            new Count("Health or GP", 1),
            new Count("Relate", 0),
            new Count("Substance-misuse service", 0),
            new Count("Mental-health service", 0),
            new Count("Victim service", 0),
            new Count("Self-referral", 2),
            new Count("Other", 1));
    assertThat(who.interpreterNeeded()).as("M3, M6").isEqualTo(2);
    assertThat(who.children()).isEqualTo(10);
    assertThat(who.childrenAgeBands())
        .containsExactly(
            new Count("0–4", 3), // 3, 0, 4
            new Count("5–10", 2), // 5, 10
            new Count("11–15", 3), // 12, 15, 11
            new Count("16–18", 2)); // 16, 18
  }

  @Test
  void waitingTimesCountFromTheReferralDate() {
    WaitingTimes waits = figures.waitingTimes(area, PERIOD, today());

    // Days to first appointment: M3 5, M5 7, M1 10, M10 11, M12 12, M11 13, M4 16, M2 20.
    assertThat(waits.seen()).isEqualTo(8);
    assertThat(waits.medianDaysToFirstAppointment()).as("11.5, rounded half up").isEqualTo(12);
    assertThat(waits.averageDaysToFirstAppointment()).isCloseTo(94 / 8.0, within(1e-9));
    // Days to decision: M3 20, M4 20, M10 20, M11 39 (38 if counted to the UTC date), M2 40,
    // M5 41, M1 50.
    assertThat(waits.assessed()).isEqualTo(7);
    assertThat(waits.medianDaysToAssessmentDecision()).isEqualTo(39);
    // M8 (30 days to 31 March) and M9 (58); not M6, M7 (did not attend, referred on).
    assertThat(waits.stillWaiting()).isEqualTo(2);
    assertThat(waits.longestCurrentWaitDays()).isEqualTo(58);
  }

  @Test
  void aWaitInARunningPeriodIsMeasuredToToday() {
    WaitingTimes waits = figures.waitingTimes(area, ReportPeriod.quarterOf(today()), today());

    assertThat(waits.stillWaiting()).isEqualTo(1);
    assertThat(waits.longestCurrentWaitDays())
        .isEqualTo((int) ChronoUnit.DAYS.between(thisQuarterReferral, today()));
    assertThat(waits.seen()).isZero();
    assertThat(waits.medianDaysToFirstAppointment()).isNull();
    assertThat(waits.averageDaysToFirstAppointment()).isNull();
    assertThat(waits.medianDaysToAssessmentDecision()).isNull();
  }

  @Test
  void anEmptyPeriodHasZerosAndEveryBand() {
    ReportPeriod empty = ReportPeriod.quarter(2020, 2);

    assertThat(figures.funnel(area, empty, empty.to()))
        .isEqualTo(new Funnel(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    PartnerSupportFigures partners = partnerSupport(empty);
    assertThat(partners).isEqualTo(new PartnerSupportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(partners.averageContactsPerWoman()).isNull();
    Demographics who = figures.demographics(area, empty);
    assertThat(who.ageBands()).hasSize(7).allSatisfy(c -> assertThat(c.count()).isZero());
    assertThat(who.referralSources()).hasSize(12).allSatisfy(c -> assertThat(c.count()).isZero());
    assertThat(who.childrenAgeBands()).hasSize(4).allSatisfy(c -> assertThat(c.count()).isZero());
    assertThat(figures.waitingTimes(area, empty, empty.to()))
        .isEqualTo(new WaitingTimes(0, null, null, 0, null, 0, null));
  }

  // --- building cases ---

  /**
   * A case that leaves a mark on nearly every figure: an older man needing an interpreter, a child
   * on a plan, triaged and assessed, attending every session, his partner engaged with a session
   * and in a women's group. Without a first appointment, he is also a long wait.
   */
  private void busyCase(
      TestArea in,
      String referredOn,
      String firstAppointment,
      ProgrammeGroup group,
      AWomensGroup womensGroup) {
    Family busy =
        refer(
            man(in, referredOn, "RELATE", "1950-01-01")
                .needingAnInterpreter()
                .withPartners(1)
                .andChild(7, "CHILD_PROTECTION_PLAN"));
    busy.appropriate(firstAppointment == null ? null : day(firstAppointment));
    AViabilityDecision.of(busy, "GROUP_PROGRAMME").on(day(referredOn).plusDays(3));
    group.place(busy).attendsUpToWeek(9);
    HerSupport.of(busy, 0)
        .attempt("SPOKE_WITH_HER", today().minusDays(3))
        .engaged(today().minusDays(2))
        .session("ONE_TO_ONE", today().minusDays(1));
    womensGroup.join(busy.partner(0));
  }

  /**
   * A man referred on this day by this source, born on this day or not known; no one else named.
   */
  private static AReferral man(TestArea in, String referredOn, String source, String bornOn) {
    AReferral referral =
        AReferral.in(in).referredOn(referredOn).from(source).withPartners(0).withoutChildren();
    return bornOn == null ? referral : referral.bornOn(day(bornOn));
  }

  private Family refer(AReferral referral) {
    return newFamily(referral);
  }

  private static LocalDate day(String day) {
    return LocalDate.parse(day);
  }

  private static LocalDate today() {
    return clock.today();
  }
}
