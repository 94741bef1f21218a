package org.tandem.planner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.SignedIn;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Accounts;
import org.tandem.access.CaseAccess;
import org.tandem.access.Role;
import org.tandem.assessment.AViabilityDecision;
import org.tandem.partnersupport.HerSupport;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * What the planner sets beside its forecast: referrals, assessment decisions and women first
 * reached in the linked areas between two days. They are read from the published views; each is
 * checked against cases of an area of the test's own, and against the tables themselves for every
 * area and several periods, so that reading the views changed no number.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannerActualsTest extends TandemTest {

  @Autowired PlannerActuals actuals;
  @Autowired CaseAccess access;
  @Autowired Accounts accounts;
  @Autowired UserDetailsService users;

  private TestArea area;
  private LocalDate today;

  @BeforeAll
  void threeCasesInAnAreaOfItsOwn() {
    area = newArea();
    today = clock.today();
    Family first = newFamily(AReferral.in(area));
    Family second = newFamily(AReferral.in(area));
    Family third = newFamily(AReferral.in(area));
    // His partner was reached two days ago and engaged yesterday: reached once, two days ago.
    HerSupport.of(first, 0)
        .attempt("SPOKE_WITH_HER", today.minusDays(2))
        .engaged(today.minusDays(1));
    HerSupport.of(second, 0).attempt("SPOKE_WITH_HER", today.minusDays(1));
    HerSupport.of(third, 0).attempt("NO_ANSWER", today.minusDays(1));
    // Decided just after midnight on 1 June 2026, in summer time: still 31 May in UTC.
    AViabilityDecision.of(first.appropriate(null), "GROUP_PROGRAMME").on("2026-06-01");
  }

  @Test
  void theAreasCasesAreCounted() {
    List<Long> areas = List.of(area.id());

    assertThat(between(areas, today.minusDays(30), today))
        .isEqualTo(new PlannerActuals.SoFar(3, 0, 2));
    assertThat(between(areas, today.minusDays(1), today).womenReached()).isEqualTo(1);
    assertThat(between(areas, LocalDate.parse("2026-06-01"), today).assessments()).isEqualTo(1);
    assertThat(
            between(areas, LocalDate.parse("2026-05-31"), LocalDate.parse("2026-05-31"))
                .assessments())
        .isZero();
  }

  @Test
  void everyAreaAndPeriodCountsAsTheTablesDo() {
    List<Long> every = jdbc.sql("SELECT id FROM area ORDER BY id").query(Long.class).list();
    for (LocalDate[] period :
        List.of(
            new LocalDate[] {today.withDayOfYear(1), today},
            new LocalDate[] {today.minusYears(1).withDayOfYear(1), today.withDayOfYear(1)},
            new LocalDate[] {LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-01")},
            new LocalDate[] {LocalDate.parse("2000-01-01"), LocalDate.parse("2100-12-31")})) {
      for (List<Long> areas : List.of(every, List.of(area.id()), every.subList(0, 1))) {
        assertThat(between(areas, period[0], period[1]))
            .as("%s to %s in %s", period[0], period[1], areas)
            .isEqualTo(fromTheTables(areas, period[0], period[1]));
      }
    }
  }

  /**
   * The planner's counts as a reader covering these areas gets them: with a pass for figures made
   * for a manager whose team covers exactly these areas.
   */
  private PlannerActuals.SoFar between(List<Long> areaIds, LocalDate from, LocalDate to) {
    String username = "planner.reader." + Math.abs(areaIds.hashCode()) + "." + System.nanoTime();
    long team = accounts.createTeam("Readers " + username, areaIds);
    accounts.createUser(
        username, "Invented reader", TestArea.PASSWORD, team, List.of(Role.SERVICE_MANAGER));
    return SignedIn.as(
        users, username, () -> actuals.between(access.wallFiguresFor(areaIds), from, to));
  }

  /** The planner's query as it was before reports read the published views. */
  private PlannerActuals.SoFar fromTheTables(List<Long> areaIds, LocalDate from, LocalDate to) {
    return jdbc.sql(
            """
            SELECT
              (SELECT count(*) FROM referral r
                WHERE r.area_id = ANY(:areas) AND r.referred_on BETWEEN :from AND :to) AS referrals,
              (SELECT count(*) FROM assessment a JOIN referral r ON r.id = a.referral_id
                WHERE r.area_id = ANY(:areas) AND a.decided_at IS NOT NULL
                  AND (a.decided_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to)
                AS assessments,
              (SELECT count(*) FROM partner p JOIN referral r ON r.id = p.referral_id
                WHERE r.area_id = ANY(:areas)
                  AND (SELECT min(c.changed_on) FROM partner_contact_status_change c
                        WHERE c.partner_id = p.id AND c.status IN ('CONTACTED', 'ENGAGED'))
                      BETWEEN :from AND :to) AS reached
            """)
        .param("areas", areaIds.toArray(Long[]::new))
        .param("from", from)
        .param("to", to)
        .query(
            (rs, i) ->
                new PlannerActuals.SoFar(
                    rs.getInt("referrals"), rs.getInt("assessments"), rs.getInt("reached")))
        .single();
  }
}
