package org.tandem.mywork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.partnersupport.HerSupport;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each role's "my work", in pages and the API, each test with an area and cases of its own. */
class MyWorkTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private WorkFixture work() {
    return new WorkFixture(jdbc, api());
  }

  @Test
  void everyCaseRoleLandsOnMyWork() {
    TestArea area = newArea();
    for (Role role :
        List.of(
            Role.INTAKE,
            Role.PERPETRATOR_WORKER,
            Role.PARTNER_SUPPORT_WORKER,
            Role.CHILDRENS_WORKER,
            Role.SERVICE_MANAGER)) {
      HttpResponse<String> home = signedIn(area.user(role)).get("/");
      assertThat(home.statusCode()).as(role.name()).isEqualTo(302);
      assertThat(home.headers().firstValue("Location"))
          .as(role.name())
          .hasValueSatisfying(l -> assertThat(l).endsWith("/my-work"));
    }
    HttpResponse<String> commissioner = signedIn(area.user(Role.COMMISSIONER)).get("/");
    assertThat(commissioner.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/outcomes"));
    assertThat(signedIn(area.user(Role.COMMISSIONER)).get("/my-work").statusCode()).isEqualTo(403);
  }

  @Test
  void aPerpetratorWorkerSeesTheirCasesWithWhatIsOverdueTonightsGroupsAndAlerts() {
    TestArea area = newArea();
    LocalDate today = clock.today();
    Family reviewLate = newFamily(area).appropriate(null);
    Family assessmentLate =
        newFamily(AReferral.in(area).referredOn(today.minusDays(40))).appropriate(null);
    Family notMine = newFamily(area).appropriate(null);
    work().allocate(reviewLate, false);
    work().allocate(assessmentLate, false);
    work().riskReviewDue(reviewLate, today.minusDays(1));
    work().alertedEvent(reviewLate, today, "Invented disclosure");
    String groupName = "Tonight " + System.nanoTime();
    ProgrammeGroup group = AGroup.in(area).named(groupName).firstMeetingOn(today).create(api());
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    work().facilitates(group.id(), worker);

    String page = ok(signedIn(worker).get("/my-work"));

    assertThat(page)
        .contains("My cases")
        .contains(reviewLate.reference())
        .contains("Risk review overdue")
        .contains(assessmentLate.reference())
        .contains("Assessment overdue")
        .doesNotContain(notMine.reference() + "<")
        .contains("Tonight&#39;s groups")
        .contains(groupName)
        .contains("My alerts")
        .contains("New disclosure on " + reviewLate.reference())
        .doesNotContain("My women")
        .doesNotContain("Referrals awaiting triage");
    // The overdue cases come first.
    assertThat(page.indexOf(assessmentLate.reference()))
        .isLessThan(page.indexOf("Tonight&#39;s groups"));
    assertThat(listed(worker, "my work: my cases"))
        .contains(reviewLate.reference(), assessmentLate.reference())
        .doesNotContain(notMine.reference());
  }

  @Test
  void eachOfMyCasesShowsHisNextAppointment() {
    TestArea area = newArea();
    Family booked = newFamily(area).appropriate(null);
    Family notBooked = newFamily(area).appropriate(null);
    work().allocate(booked, false);
    work().allocate(notBooked, false);
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    LocalDate inAWeek = clock.today().plusDays(7);
    HttpResponse<String> made =
        apiPost(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/cases/" + booked.reference() + "/appointments",
            """
            {"kind": "ASSESSMENT", "date": "%s", "time": "10:15", "minutes": 60,
             "place": "Invented office", "workerId": %d}
            """
                .formatted(inAWeek, worker.id()));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);

    String page = ok(signedIn(worker).get("/my-work"));

    String bookedRow = rowOf(page, booked.reference());
    assertThat(bookedRow)
        .contains(inAWeek.getDayOfMonth() + " ")
        .contains("10:15")
        .contains("Assessment appointment");
    assertThat(rowOf(page, notBooked.reference())).contains("None booked");
  }

  private static String rowOf(String page, String reference) {
    int at = page.indexOf(">" + reference + "<");
    assertThat(at).as(reference + " listed").isPositive();
    return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
  }

  @Test
  void aPartnerSupportWorkerSeesHerWomenTasksPlansAndEvaluationsDue() {
    TestArea area = newArea();
    LocalDate today = clock.today();
    Family mine = newFamily(AReferral.in(area).withPartner("Imogen", "Inventedsdottir"));
    Family notMine = newFamily(AReferral.in(area).withPartner("Ottilie", "Otherwoman"));
    work().allocate(mine, true);
    work().tasksOverdue(mine);
    HerSupport her = HerSupport.of(mine, 0);
    her.status("CONTACTED", today.minusMonths(4)).engaged(today.minusMonths(4));
    work().safetyPlan(mine, her.partnerId(), today.plusDays(2));
    TestArea.User worker = area.user(Role.PARTNER_SUPPORT_WORKER);

    String page = ok(signedIn(worker).get("/my-work"));

    assertThat(page)
        .contains("My women")
        .contains("Imogen Inventedsdottir")
        .contains("Engaged in ongoing support")
        .contains("Tasks due today and overdue")
        .contains("Overdue")
        .contains("Safety plans due for review")
        .contains("review due " + day(today.plusDays(2)))
        .contains("Follow-up evaluations due")
        .contains("3-month follow-up due")
        .doesNotContain("Ottilie")
        .doesNotContain("My cases");
    assertThat(listed(worker, "my work: my women")).contains(mine.reference());
    assertThat(notMine.reference()).isNotIn(listed(worker, "my work: my women"));
  }

  @Test
  void aChildrensWorkerSeesChildrenWaitingToBeSeen() {
    TestArea area = newArea();
    Family family = newFamily(AReferral.in(area).withoutChildren().andChild(7, "CHILD_IN_NEED"));
    Family elsewhere = newFamily(newArea());

    String page = ok(signedIn(area.user(Role.CHILDRENS_WORKER)).get("/my-work"));

    assertThat(page)
        .contains("My children")
        .contains(family.reference())
        .contains("aged 7")
        .contains("Not yet seen")
        .contains("Session due")
        .contains("Safety-ladder reading before the work missing")
        .doesNotContain(elsewhere.reference());
  }

  @Test
  void intakeSeesReferralsAwaitingTriageAndHowLongEachHasWaited() {
    TestArea area = newArea();
    LocalDate today = clock.today();
    Family waiting = newFamily(AReferral.in(area).referredOn(today.minusDays(10)));
    Family triaged = newFamily(area).appropriate(null);

    String page = ok(signedIn(area.user(Role.INTAKE)).get("/my-work"));

    assertThat(page)
        .contains("Referrals awaiting triage")
        .contains(waiting.reference())
        .contains("10 days (")
        .doesNotContain(triaged.reference())
        .contains("Possible duplicates to resolve");
  }

  @Test
  void intakeSeesReferralsThatMayBeAManAlreadyKnownUntilTheyAreResolved() {
    TestArea area = newArea();
    String earlier = newCase(area);
    String again = newCase(area);
    String someoneElse =
        newCase(
            area,
            AReferral.in(area)
                .with("manGivenName", "Quentin")
                .with("manFamilyName", "Larkspurwood")
                .with("manPhone", "07700 900555")
                .bornOn(LocalDate.of(1971, 2, 3)));
    TestArea.User intake = area.user(Role.INTAKE);

    String page = ok(signedIn(intake).get("/my-work"));

    String section = page.substring(page.indexOf("Possible duplicates to resolve"));
    assertThat(section)
        .contains("/cases/" + earlier + "/same-man")
        .contains("/cases/" + again + "/same-man")
        .contains("1 possible match")
        .doesNotContain(someoneElse);
    assertThat(listed(intake, "possible duplicates to resolve")).contains(earlier, again);
  }

  @Test
  void aServiceManagerSeesCaseloadsUnallocatedCasesAndMaracReferralsDue() {
    TestArea area = newArea();
    LocalDate today = clock.today();
    Family allocated = newFamily(area).appropriate(null);
    Family unallocated = newFamily(area).appropriate(null);
    work().allocate(allocated, true);
    work().maracDue(allocated, today.minusDays(1));
    TestArea.User perpetratorWorker = area.user(Role.PERPETRATOR_WORKER);
    area.user(Role.PARTNER_SUPPORT_WORKER);

    String page = ok(signedIn(area.user(Role.SERVICE_MANAGER)).get("/my-work"));

    assertThat(page)
        .contains("Caseloads")
        .contains(perpetratorWorker.displayName())
        .contains("Cases with no perpetrator worker")
        .contains("/cases/" + unallocated.reference() + "/allocation")
        .doesNotContain("/cases/" + allocated.reference() + "/allocation")
        .contains("MARAC referrals due")
        .contains("/cases/" + allocated.reference() + "/risk")
        .contains("Clocks breaching their targets")
        .doesNotContain("My cases");
    String row =
        page.substring(page.indexOf(perpetratorWorker.displayName()))
            .substring(0, 300)
            .replaceAll("\\s+", " ");
    assertThat(row).contains("Perpetrator worker").contains(">1<");
  }

  @Test
  void aServiceManagerSeesTheClocksBreachingInHerAreas() {
    clock.travelTo(java.time.LocalDateTime.of(2026, 12, 2, 15, 0));
    TestArea area = newArea();
    TestArea elsewhere = newArea();
    // Referred on Friday 20 November: the first attempt to contact him was due on Tuesday 24th.
    String late = newCase(area, AReferral.in(area).referredOn(LocalDate.of(2026, 11, 20)));
    String fresh = newCase(area, AReferral.in(area).referredOn(LocalDate.of(2026, 12, 2)));
    String notHers =
        newCase(elsewhere, AReferral.in(elsewhere).referredOn(LocalDate.of(2026, 11, 20)));
    TestArea.User manager = area.user(Role.SERVICE_MANAGER);

    String page = ok(signedIn(manager).get("/my-work"));

    String section =
        page.substring(
            page.indexOf("Clocks breaching their targets"), page.indexOf("MARAC referrals due"));
    assertThat(section)
        .contains(late)
        .contains("First attempt to contact him, due 24 Nov 2026")
        .contains("Overdue")
        .contains("/clocks/breaches")
        .doesNotContain(fresh)
        .doesNotContain(notHers);
    assertThat(listed(manager, "clock breaches")).contains(late).doesNotContain(notHers);
  }

  @Test
  void aLongListIsPagedAndEachPageIsItsOwn() {
    TestArea area = newArea();
    List<String> references = new java.util.ArrayList<>();
    for (int i = 0; i < MyWork.FEW + 1; i++) {
      references.add(newFamily(AReferral.in(area)).appropriate(null).reference());
    }
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));

    String first = ok(manager.get("/my-work"));
    assertThat(first).contains("Page 1 of 2").contains("/my-work?unallocatedPage=2#unallocated");
    String second = ok(manager.get("/my-work?unallocatedPage=2"));
    assertThat(second).contains("Page 2 of 2").contains("/my-work?unallocatedPage=1#unallocated");
    // Longest referred first, and the last one alone on the second page.
    String last = references.get(references.size() - 1);
    assertThat(first).doesNotContain("/cases/" + last + "/allocation");
    assertThat(second).contains("/cases/" + last + "/allocation");
  }

  @Test
  void aUserWithSeveralRolesSeesEachOfTheirSections() {
    TestArea area = newArea();
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, 'INTAKE')")
        .param("id", worker.id())
        .update();
    Family family = newFamily(area);

    String page = ok(signedIn(worker).get("/my-work"));

    assertThat(page).contains("My cases").contains("Referrals awaiting triage");
    assertThat(page).contains(family.reference());
  }

  @Test
  void theApiAnswersTheSameSectionsForTheCaller() {
    TestArea area = newArea();
    Family family = newFamily(AReferral.in(area).withPartner("Henrietta", "Apitestova"));
    family.appropriate(null);
    work().allocate(family, true);

    JsonNode his =
        JSON.readTree(ok(apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/me/work")));
    assertThat(his.get("caseload").get("cases").get("items").get(0).get("reference").asString())
        .isEqualTo(family.reference());
    assertThat(his.get("caseload").get("cases").get("total").asLong()).isEqualTo(1);
    assertThat(his.path("herWork").isNull() || his.path("herWork").isMissingNode()).isTrue();

    JsonNode hers =
        JSON.readTree(ok(apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), "/api/v1/me/work")));
    assertThat(hers.get("herWork").get("women").get("items").get(0).get("name").asString())
        .isEqualTo("Henrietta Apitestova");
    assertThat(hers.path("caseload").isNull() || hers.path("caseload").isMissingNode()).isTrue();

    assertThat(apiGet(area.token(Role.COMMISSIONER), "/api/v1/me/work").statusCode())
        .isEqualTo(403);
    HttpResponse<String> bad =
        apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/me/work?casesPage=first");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
  }

  @Test
  void aPageNumberThatIsNotANumberIsRefusedNotAFailure() {
    TestArea area = newArea();
    PageSession session = signedIn(area.user(Role.PERPETRATOR_WORKER));
    assertThat(session.get("/my-work?casesPage=abc").statusCode()).isEqualTo(400);
    assertThat(session.get("/my-work?casesPage=-4").statusCode()).isEqualTo(200);
    assertThat(session.get("/my-work?casesPage=99999999").statusCode()).isEqualTo(200);
  }

  private List<String> listed(TestArea.User user, String what) {
    return jdbc.sql(
            "SELECT case_reference FROM audit_event WHERE username = :u AND what = :what"
                + " AND action = 'LIST'")
        .param("u", user.username())
        .param("what", what)
        .query(String.class)
        .list();
  }

  private static String ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String day(LocalDate date) {
    return date.format(
        java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK));
  }
}
