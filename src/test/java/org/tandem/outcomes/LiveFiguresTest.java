package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.SignedIn;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Areas;
import org.tandem.access.CaseAccess;
import org.tandem.access.Role;
import org.tandem.outcomes.internal.LiveFigures;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every figure of the four live-figure methods, against a fresh area holding twelve men referred in
 * the first quarter of 2025 whose every property is known, plus cases that must not count: one
 * referred the day before the quarter, one the day after, one in another area and, for the
 * current-wait rule, one referred this quarter. Each figure below says which men make it.
 *
 * <p>Cases, triage, viability decisions, contact attempts, where contact stands, support sessions,
 * women's groups and changes of a child's protection status go through the API, as a worker would
 * record them. Two things go in by SQL, and say so: the time of a viability decision (the API
 * stamps it now; waiting times need a known date), and the programme (the API gives a man a place
 * only at a group's next intake from today and records sessions week by week, so attendance in the
 * past, and 60 hours of it, cannot be built through it).
 *
 * <p>The data is built once for the class (PER_CLASS), since every test reads the same cohort.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveFiguresTest extends TandemTest {

  /** A manager of the test's own, whose team alone covers the areas made here. */
  private String manager;

  private static final ReportPeriod PERIOD = ReportPeriod.quarter(2025, 1);
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final JsonMapper JSON = new JsonMapper();

  @Autowired LiveFigures figures;
  @Autowired Areas areas;
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
  private long otherArea;
  private String managerName;
  private long curriculum;
  private int sessionDay;
  private LocalDate thisQuarterReferral;

  @BeforeAll
  void buildTheCohort() {
    TestArea.User own = newArea().user(Role.SERVICE_MANAGER);
    manager = own.token();
    managerName = own.username();
    long managersTeam =
        jdbc.sql("SELECT team_id FROM app_user WHERE id = :id")
            .param("id", own.id())
            .query(Long.class)
            .single();
    area = areas.create(newCode(), "Invented Figuresby", managersTeam).id();
    otherArea = areas.create(newCode(), "Invented Elsewhere", managersTeam).id();
    curriculum = shortCurriculum();
    long group = group(area, false);
    long individual = group(area, true);
    long womensGroup = womensGroup(area);

    // M1: completed his place (so stage 1 and 60 hours whatever he attended); two partners.
    String m1 =
        refer(
            area,
            "2025-01-10",
            "CHILDRENS_SERVICES",
            "1990-06-01",
            false,
            2,
            child(3, "CHILD_PROTECTION_PLAN"),
            child(12, "NONE"));
    triage(m1, "APPROPRIATE_FOR_ASSESSMENT", "2025-01-20");
    decide(m1, "GROUP_PROGRAMME", null, "2025-03-01");
    attend(enrol(m1, group, "COMPLETED"), group, 1, "ATTENDED");
    long p1a = partner(m1, 0);
    attempt(m1, p1a, "NO_ANSWER");
    attempt(m1, p1a, "SPOKE_WITH_HER");
    engage(m1, p1a);
    supportSession(m1, p1a, "ONE_TO_ONE");
    supportSession(m1, p1a, "TELEPHONE");
    long p1b = partner(m1, 1);
    attempt(m1, p1b, "NO_ANSWER");
    attempt(m1, p1b, "NO_ANSWER");
    joinWomensGroup(womensGroup, p1b);

    // M2: attending; both stage-1 sessions (one late) and six more: 8 sessions, 64 hours.
    String m2 =
        refer(
            area,
            "2025-01-15",
            "CHILDRENS_SERVICES",
            "2007-01-15",
            false,
            1,
            child(0, "CHILD_IN_NEED"));
    triage(m2, "APPROPRIATE_FOR_ASSESSMENT", "2025-02-04");
    decide(m2, "GROUP_PROGRAMME", null, "2025-02-24");
    long e2 = enrol(m2, group, "ATTENDING");
    attend(e2, group, 1, "ATTENDED");
    attend(e2, group, 2, "LATE");
    for (int position = 3; position <= 8; position++) {
      attend(e2, group, position, "ATTENDED");
    }
    long p2 = partner(m2, 0);
    attempt(m2, p2, "SPOKE_WITH_HER");
    supportSession(m2, p2, "TELEPHONE");
    // His child was on a plan for a while and is not now.
    long baby = childId(m2);
    protectionChange(m2, baby, "CHILD_PROTECTION_PLAN", today().minusDays(2));
    protectionChange(m2, baby, "CHILD_IN_NEED", today().minusDays(1));

    // M3: individual work, attending, came to session 1 and missed session 2.
    String m3 = refer(area, "2025-02-01", "CAFCASS_FAMILY_COURT", "2007-02-02", true, 0);
    triage(m3, "APPROPRIATE_FOR_ASSESSMENT", "2025-02-06");
    decide(m3, "INDIVIDUAL_WORK", "LANGUAGE", "2025-02-21");
    long e3 = enrol(m3, individual, "ATTENDING");
    attend(e3, individual, 1, "ATTENDED");
    attend(e3, individual, 2, "ABSENT_WITHOUT_REASON");

    // M4: exited after 7 different sessions (56 hours), one of them twice (which is not 64).
    String m4 =
        refer(
            area,
            "2025-01-05",
            "POLICE",
            "1980-01-05",
            false,
            1,
            child(5, "NONE"),
            child(10, "NONE"),
            child(16, "NONE"));
    triage(m4, "APPROPRIATE_FOR_ASSESSMENT", "2025-01-21");
    decide(m4, "GROUP_PROGRAMME", null, "2025-01-25");
    long e4 = enrol(m4, group, "EXITED");
    for (int position = 1; position <= 7; position++) {
      attend(e4, group, position, "ATTENDED");
    }
    attend(e4, group, 7, "ATTENDED");
    long p4 = partner(m4, 0);
    attempt(m4, p4, "DECLINED_SUPPORT");

    // M5: a place waiting to start; absent (with a reason) from the one session he was marked at.
    String m5 = refer(area, "2025-03-10", "PROBATION", "1970-03-10", false, 1);
    triage(m5, "APPROPRIATE_FOR_ASSESSMENT", "2025-03-17");
    decide(m5, "GROUP_PROGRAMME", null, "2025-04-20");
    attend(enrol(m5, group, "WAITING"), group, 1, "ABSENT_WITH_REASON");
    joinWomensGroup(womensGroup, partner(m5, 0));

    // M6: did not attend. M7: referred on. Neither waits.
    String m6 = refer(area, "2025-03-05", "POLICE", null, true, 0, child(15, "NONE"));
    triage(m6, "DID_NOT_ATTEND", null);
    String m7 = refer(area, "2025-03-20", "OTHER", "1985-03-21", false, 0);
    triage(m7, "INAPPROPRIATE_REFERRED_ON", null);

    // M8: not yet triaged, waiting; his partner engaged although he has not been assessed.
    String m8 =
        refer(
            area,
            "2025-03-01",
            "SELF_REFERRAL",
            "2000-03-02",
            false,
            1,
            child(18, "CHILD_IN_NEED"),
            child(11, "CHILD_IN_NEED"),
            child(4, "CHILD_IN_NEED"));
    long p8 = partner(m8, 0);
    attempt(m8, p8, "SPOKE_WITH_HER");
    engage(m8, p8);

    // M9: appropriate, no appointment yet: the longest wait.
    String m9 = refer(area, "2025-02-01", "MARAC", null, false, 0);
    triage(m9, "APPROPRIATE_FOR_ASSESSMENT", null);

    // M10, M11: not acceptable now, not realistic.
    String m10 = refer(area, "2025-02-10", "CHILDRENS_SERVICES", "1990-02-10", false, 0);
    triage(m10, "APPROPRIATE_FOR_ASSESSMENT", "2025-02-21");
    decide(m10, "NOT_ACCEPTABLE_NOW", "DENIAL", "2025-03-02");
    String m11 = refer(area, "2025-02-20", "HEALTH_GP", "1995-01-01", false, 0);
    triage(m11, "APPROPRIATE_FOR_ASSESSMENT", "2025-03-05");
    // Decided just after midnight on the first Monday of summer time: still 30 March in UTC.
    decide(m11, "NOT_REALISTIC", null, "2025-03-31");

    // M12: seen (first appointment after the quarter) but not yet assessed.
    String m12 = refer(area, "2025-03-25", "SELF_REFERRAL", "1975-03-26", false, 0);
    triage(m12, "APPROPRIATE_FOR_ASSESSMENT", "2025-04-06");

    // Cases that must not count, each of which would move almost every figure if it did.
    busyCase(area, "2024-12-31", null, group, womensGroup);
    busyCase(area, "2025-04-01", "2025-04-02", group, womensGroup);
    busyCase(
        otherArea, "2025-02-15", "2025-02-16", group(otherArea, false), womensGroup(otherArea));

    // This quarter's case, still waiting: its wait runs to today, not to the end of the quarter.
    thisQuarterReferral = ReportPeriod.quarterOf(today()).from();
    refer(area, thisQuarterReferral.toString(), "POLICE", null, false, 0);
  }

  @Test
  void theFunnelFollowsTheMenReferredInThePeriod() {
    Funnel funnel = figures.funnel(area, PERIOD);

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
    WaitingTimes waits = figures.waitingTimes(area, PERIOD);

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
    WaitingTimes waits = figures.waitingTimes(area, ReportPeriod.quarterOf(today()));

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

    assertThat(figures.funnel(area, empty))
        .isEqualTo(new Funnel(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    PartnerSupportFigures partners = partnerSupport(empty);
    assertThat(partners).isEqualTo(new PartnerSupportFigures(0, 0, 0, 0, 0, 0, 0, 0, 0));
    assertThat(partners.averageContactsPerWoman()).isNull();
    Demographics who = figures.demographics(area, empty);
    assertThat(who.ageBands()).hasSize(7).allSatisfy(c -> assertThat(c.count()).isZero());
    assertThat(who.referralSources()).hasSize(12).allSatisfy(c -> assertThat(c.count()).isZero());
    assertThat(who.childrenAgeBands()).hasSize(4).allSatisfy(c -> assertThat(c.count()).isZero());
    assertThat(figures.waitingTimes(area, empty))
        .isEqualTo(new WaitingTimes(0, null, null, 0, null, 0, null));
  }

  // --- building cases ---

  /**
   * A case that leaves a mark on nearly every figure: an older man needing an interpreter, a child
   * on a plan, triaged and assessed, attending every session, his partner engaged with a session
   * and in a women's group. Without a first appointment, he is also a long wait.
   */
  private void busyCase(
      long areaId, String referredOn, String firstAppointment, long group, long womensGroup) {
    String ref =
        refer(
            areaId, referredOn, "RELATE", "1950-01-01", true, 1, child(7, "CHILD_PROTECTION_PLAN"));
    triage(ref, "APPROPRIATE_FOR_ASSESSMENT", firstAppointment);
    decide(ref, "GROUP_PROGRAMME", null, LocalDate.parse(referredOn).plusDays(3).toString());
    long place = enrol(ref, group, "ATTENDING");
    for (int position = 1; position <= 9; position++) {
      attend(place, group, position, "ATTENDED");
    }
    long her = partner(ref, 0);
    attempt(ref, her, "SPOKE_WITH_HER");
    engage(ref, her);
    supportSession(ref, her, "ONE_TO_ONE");
    joinWomensGroup(womensGroup, her);
  }

  private static String child(int age, String status) {
    return "{\"ageYears\": %d, \"protectionStatus\": \"%s\"}".formatted(age, status);
  }

  private String refer(
      long areaId,
      String referredOn,
      String source,
      String dateOfBirth,
      boolean interpreter,
      int partners,
      String... children) {
    List<String> women = new ArrayList<>();
    for (int i = 0; i < partners; i++) {
      women.add(
          """
          {"relationship": "%s", "givenName": "Invented%d", "familyName": "Partnerson"}
          """
              .formatted(i == 0 ? "CURRENT" : "FORMER", i));
    }
    String json =
        """
        {"areaId": %d, "referralSource": "%s", "referralSourceOther": %s,
         "referrerName": "Robin Casefield", "referrerPhone": "07700 900001",
         "reason": "Invented test referral", "referredOn": "%s",
         "manGivenName": "Figure", "manFamilyName": "Testman", "manDateOfBirth": %s,
         "manInterpreterNeeded": %b, "partners": [%s], "children": [%s],
         "sharingBasis": "CONSENT"}
        """
            .formatted(
                areaId,
                source,
                source.equals("OTHER") ? "\"Invented housing association\"" : "null",
                referredOn,
                dateOfBirth == null ? "null" : "\"" + dateOfBirth + "\"",
                interpreter,
                String.join(",", women),
                String.join(",", children));
    HttpResponse<String> created = apiPost(manager, "/api/v1/referrals", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("reference").asString();
  }

  private void triage(String ref, String outcome, String firstAppointment) {
    int version =
        jdbc.sql("SELECT version FROM referral WHERE reference = :r")
            .param("r", ref)
            .query(Integer.class)
            .single();
    String json =
        """
        {"outcome": "%s", "referredOnTo": "Invented other service", "firstAppointmentOn": %s,
         "version": %d}
        """
            .formatted(
                outcome,
                firstAppointment == null ? "null" : "\"" + firstAppointment + "\"",
                version);
    HttpResponse<String> response = apiPost(manager, "/api/v1/cases/" + ref + "/triage", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  /** The viability decision through the API, then dated by SQL: the API stamps it now. */
  private void decide(String ref, String viability, String reason, String decidedOn) {
    String json =
        """
        {"viability": "%s", "reason": %s, "notes": "Invented reasons", "version": 0}
        """
            .formatted(viability, reason == null ? "null" : "\"" + reason + "\"");
    HttpResponse<String> response =
        apiPut(manager, "/api/v1/cases/" + ref + "/assessment/viability", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    // Just after midnight UK time, which in summer time (M5, M11) is still the day before in UTC:
    // the decision's date is the service's date.
    jdbc.sql(
            """
            UPDATE assessment
            SET decided_at = (CAST(:on AS date) + TIME '00:30') AT TIME ZONE 'Europe/London'
            WHERE referral_id = (SELECT id FROM referral WHERE reference = :r)
            """)
        .param("on", LocalDate.parse(decidedOn))
        .param("r", ref)
        .update();
  }

  private long partner(String ref, int index) {
    return jdbc.sql(
            """
            SELECT p.id FROM partner p JOIN referral r ON r.id = p.referral_id
            WHERE r.reference = :r ORDER BY p.id OFFSET :i LIMIT 1
            """)
        .param("r", ref)
        .param("i", index)
        .query(Long.class)
        .single();
  }

  private long childId(String ref) {
    return jdbc.sql(
            """
            SELECT c.id FROM child c JOIN referral r ON r.id = c.referral_id
            WHERE r.reference = :r ORDER BY c.id LIMIT 1
            """)
        .param("r", ref)
        .query(Long.class)
        .single();
  }

  private String herPath(String ref, long partnerId) {
    return "/api/v1/cases/" + ref + "/partners/" + partnerId;
  }

  private void attempt(String ref, long partnerId, String outcome) {
    String json =
        """
        {"method": "PHONE", "attemptedOn": "%s", "attemptedAt": "09:15", "outcome": "%s",
         "notes": "Invented note"}
        """
            .formatted(today().minusDays(3), outcome);
    HttpResponse<String> response =
        apiPost(manager, herPath(ref, partnerId) + "/contact-attempts", json);
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
  }

  private void engage(String ref, long partnerId) {
    int version =
        jdbc.sql("SELECT version FROM partner WHERE id = :id")
            .param("id", partnerId)
            .query(Integer.class)
            .single();
    String json =
        "{\"status\": \"ENGAGED\", \"changedOn\": \"%s\", \"version\": %d}"
            .formatted(today().minusDays(2), version);
    HttpResponse<String> response = apiPost(manager, herPath(ref, partnerId) + "/status", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private void supportSession(String ref, long partnerId, String kind) {
    String json =
        "{\"kind\": \"%s\", \"heldOn\": \"%s\", \"minutes\": 45, \"notes\": \"Invented\"}"
            .formatted(kind, today().minusDays(1));
    HttpResponse<String> response = apiPost(manager, herPath(ref, partnerId) + "/sessions", json);
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
  }

  private long womensGroup(long areaId) {
    String json =
        """
        {"areaId": %d, "name": "Invented group %s", "venue": "Invented Hall, Fictionton",
         "meets": "Tuesdays 10:00 to 12:00", "startsOn": "%s", "capacity": 12}
        """
            .formatted(areaId, newCode(), today());
    HttpResponse<String> created = apiPost(manager, "/api/v1/womens-groups", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("id").asLong();
  }

  private void joinWomensGroup(long group, long partnerId) {
    HttpResponse<String> response =
        apiPost(
            manager,
            "/api/v1/womens-groups/" + group + "/members",
            "{\"partnerId\": " + partnerId + "}");
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
  }

  private void protectionChange(String ref, long childId, String status, LocalDate on) {
    int version =
        jdbc.sql("SELECT version FROM child WHERE id = :id")
            .param("id", childId)
            .query(Integer.class)
            .single();
    HttpResponse<String> response =
        apiPost(
            manager,
            "/api/v1/cases/" + ref + "/children/" + childId + "/protection-status",
            "{\"status\": \"%s\", \"changedOn\": \"%s\", \"version\": %d}"
                .formatted(status, on, version));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  // --- the programme, by SQL (see the class comment) ---

  /** Two stage-1 sessions and seven stage-2 sessions of 8 hours each: 72 hours in all. */
  private long shortCurriculum() {
    long id =
        jdbc.sql("INSERT INTO curriculum (name) VALUES (:name) RETURNING id")
            .param("name", "Invented short curriculum " + newCode())
            .query(Long.class)
            .single();
    for (int position = 1; position <= 9; position++) {
      jdbc.sql(
              """
              INSERT INTO curriculum_session (curriculum_id, position, module, title, stage, hours)
              VALUES (:c, :p, 'Invented module', 'Invented session', :stage, 8)
              """)
          .param("c", id)
          .param("p", position)
          .param("stage", position <= 2 ? 1 : 2)
          .update();
    }
    return id;
  }

  private long group(long areaId, boolean individual) {
    return jdbc.sql(
            """
            INSERT INTO programme_group (area_id, name, curriculum_id, individual, first_session_on,
              weekday, starts_at)
            VALUES (:area, :name, :c, :individual, DATE '2025-01-06', 1, TIME '18:30')
            RETURNING id
            """)
        .param("area", areaId)
        .param("name", "Invented group " + newCode())
        .param("c", curriculum)
        .param("individual", individual)
        .query(Long.class)
        .single();
  }

  private long enrol(String ref, long group, String status) {
    return jdbc.sql(
            """
            INSERT INTO enrolment (referral_id, group_id, intake_on, status, created_by)
            SELECT id, :g, DATE '2025-03-03', :status, 'test' FROM referral WHERE reference = :r
            RETURNING id
            """)
        .param("g", group)
        .param("status", status)
        .param("r", ref)
        .query(Long.class)
        .single();
  }

  /** A meeting of the group delivering the session at this position, and his mark at it. */
  private void attend(long enrolment, long group, int position, String mark) {
    long session =
        jdbc.sql(
                """
                INSERT INTO group_session (group_id, curriculum_session_id, held_on, recorded_by)
                SELECT :g, id, DATE '2025-03-03' + :day, 'test' FROM curriculum_session
                WHERE curriculum_id = :c AND position = :p
                RETURNING id
                """)
            .param("g", group)
            .param("day", sessionDay++)
            .param("c", curriculum)
            .param("p", position)
            .query(Long.class)
            .single();
    jdbc.sql("INSERT INTO attendance (group_session_id, enrolment_id, mark) VALUES (:s, :e, :mark)")
        .param("s", session)
        .param("e", enrolment)
        .param("mark", mark)
        .update();
  }

  private static LocalDate today() {
    return clock.today();
  }

  /** A random area code of capital letters, so that reruns on a kept database do not collide. */
  private static String newCode() {
    Random random = new Random();
    StringBuilder code = new StringBuilder("LF");
    for (int i = 0; i < 6; i++) {
      code.append((char) ('A' + random.nextInt(26)));
    }
    return code.toString();
  }
}
