package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;

/**
 * Her record through the API: proactive contact that respects her wishes, where contact stands, her
 * DASH raising the case's risk without giving her answers away, the safety plan as a living
 * document, what she may share, and the letter.
 */
class PartnerRecordApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private String worker;
  private static final Pattern ID = Pattern.compile("\"id\":(\\d+),\"relationship\"");

  private String reference;
  private long partnerId;
  private String base;

  private void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    worker = area.token(Role.PARTNER_SUPPORT_WORKER);
  }

  @BeforeEach
  void aReferralNamingHer() {
    areasOfItsOwn();
    long northmoor = area.id();
    HttpResponse<String> created =
        apiPost(area.token(Role.INTAKE), "/api/v1/referrals", TestData.referralJson(northmoor));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher ref = Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(created.body());
    assertThat(ref.find()).isTrue();
    reference = ref.group(1);
    Matcher id = ID.matcher(apiGet(worker, "/api/v1/cases/" + reference).body());
    assertThat(id.find()).as("partner support sees her id on the case").isTrue();
    partnerId = Long.parseLong(id.group(1));
    base = "/api/v1/cases/" + reference + "/partners/" + partnerId;
  }

  private String record() {
    HttpResponse<String> her = apiGet(worker, base);
    assertThat(her.statusCode()).as(her.body()).isEqualTo(200);
    return her.body();
  }

  private int version() {
    Matcher m = Pattern.compile("\"version\":(\\d+)}$").matcher(record());
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private HttpResponse<String> attempt(String method, String outcome, boolean withinSafeTimes) {
    return apiPost(
        worker,
        base + "/contact-attempts",
        """
        {"method": "%s", "attemptedOn": "%s", "attemptedAt": "09:15", "outcome": "%s",
         "notes": "Invented note", "withinSafeTimes": %s}
        """
            .formatted(method, clock.today().minusDays(1), outcome, withinSafeTimes));
  }

  @Test
  void attemptsAreCountedAndReachingHerMakesHerContacted() {
    assertThat(record())
        .contains("\"status\":\"NOT_YET_CONTACTED\"")
        .contains("\"attemptCount\":0");
    assertThat(attempt("PHONE", "NO_ANSWER", true).statusCode()).isEqualTo(201);
    assertThat(attempt("PHONE", "NOT_SAFE_TO_TALK", true).statusCode()).isEqualTo(201);
    assertThat(record()).contains("\"status\":\"NOT_YET_CONTACTED\"");
    assertThat(attempt("OUTREACH_CHILDRENS_CENTRE", "MET_HER", true).statusCode()).isEqualTo(201);
    assertThat(record())
        .contains("\"status\":\"CONTACTED\"")
        .contains("\"attemptCount\":3")
        .contains("\"contactCount\":1")
        .contains("\"statusOn\":\"" + clock.today().minusDays(1) + "\"");
  }

  @Test
  void anAttemptByAWaySheRefusedOrOutsideHerSafeTimesIsRefused() {
    HttpResponse<String> wishes =
        apiPut(
            worker,
            base + "/wishes",
            """
            {"safeContactTimes": "Weekdays after 10am", "doNotContactBy": ["TEXT", "LETTER"],
             "consentToShare": true, "consentToAttendance": true, "version": %d}
            """
                .formatted(version()));
    assertThat(wishes.statusCode()).as(wishes.body()).isEqualTo(204);

    HttpResponse<String> byText = attempt("TEXT", "NO_ANSWER", true);
    assertThat(byText.statusCode()).isEqualTo(400);
    assertThat(byText.body()).contains("method").contains("asked not to be contacted by text");
    HttpResponse<String> unconfirmed = attempt("PHONE", "NO_ANSWER", false);
    assertThat(unconfirmed.statusCode()).isEqualTo(400);
    assertThat(unconfirmed.body()).contains("withinSafeTimes");
    HttpResponse<byte[]> letter = apiGetBytes(worker, base + "/letter");
    assertThat(letter.statusCode()).as("no letter when she refused letters").isEqualTo(400);
    assertThat(record()).contains("\"attemptCount\":0");
  }

  @Test
  void sheMovesOnlyAlongTheAllowedStatusesAndAStaleVersionIsAConflict() {
    int version = version();
    HttpResponse<String> tooSoon =
        apiPost(
            worker,
            base + "/status",
            """
            {"status": "ENGAGED", "changedOn": "%s", "version": %d}
            """
                .formatted(clock.today(), version));
    assertThat(tooSoon.statusCode()).isEqualTo(400);
    assertThat(tooSoon.body()).contains("cannot move straight from not yet contacted to engaged");
    String unreachable =
        """
        {"status": "UNREACHABLE", "changedOn": "%s", "version": %d}
        """
            .formatted(clock.today(), version);
    assertThat(apiPost(worker, base + "/status", unreachable).statusCode()).isEqualTo(204);
    assertThat(
            apiPost(worker, base + "/status", unreachable.replace("UNREACHABLE", "CONTACTED"))
                .statusCode())
        .as("the same version again")
        .isEqualTo(409);
    assertThat(record())
        .contains("\"status\":\"UNREACHABLE\"")
        .contains("\"statusHistory\":[{\"status\":\"UNREACHABLE\"");
  }

  @Test
  void herDashAtFourteenMakesTheCaseHighRiskWithoutGivingHerScore() {
    String answers =
        IntStream.rangeClosed(1, 24)
            .mapToObj(n -> "\"" + n + "\": \"" + (n <= 15 ? "YES" : "NO") + "\"")
            .collect(Collectors.joining(", "));
    HttpResponse<String> dash =
        apiPost(
            worker,
            base + "/dash",
            """
            {"completedOn": "%s", "answers": {%s}, "notes": "Invented"}
            """
                .formatted(clock.today(), answers));
    assertThat(dash.statusCode()).as(dash.body()).isEqualTo(201);
    assertThat(dash.body()).contains("\"score\":15").contains("\"strangulation\":true");

    String theCase =
        apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/cases/" + reference).body();
    // His worker reads a neutral reason: that it came from her is behind the wall.
    assertThat(theCase)
        .contains("\"riskLevel\":\"HIGH\"")
        .contains("\"riskLevelReason\":\"Information held by the service\"")
        .doesNotContainIgnoringCase("partner support");
    assertThat(apiGet(worker, "/api/v1/cases/" + reference).body())
        .contains("\"riskLevelSource\":\"Visible high risk identified by partner support\"");
    String risk =
        apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/cases/" + reference + "/risk").body();
    assertThat(risk).contains("VISIBLE_HIGH_RISK").doesNotContain("strangulation");

    HttpResponse<String> incomplete =
        apiPost(
            worker,
            base + "/dash",
            """
            {"completedOn": "%s", "answers": {"1": "YES"}}
            """
                .formatted(clock.today()));
    assertThat(incomplete.statusCode()).isEqualTo(400);
    assertThat(incomplete.body()).contains("answers[2]").contains("answers[24]");
  }

  @Test
  void theSafetyPlanKeepsEveryRevisionAndRefusesAStaleOne() {
    String first =
        """
        {"plan": "Invented plan one", "reviewOn": "%s", "basedOn": 0}
        """
            .formatted(clock.today().plusDays(3));
    assertThat(apiPost(worker, base + "/safety-plan", first).statusCode()).isEqualTo(201);
    assertThat(apiPost(worker, base + "/safety-plan", first.replace("one", "two")).statusCode())
        .as("a revision based on no plan, when there is one")
        .isEqualTo(409);
    Matcher revision =
        Pattern.compile("\"safetyPlans\":\\[\\{\"revision\":(\\d+)").matcher(record());
    assertThat(revision.find()).isTrue();
    String second =
        """
        {"plan": "Invented plan two", "reviewOn": "%s", "basedOn": %s}
        """
            .formatted(clock.today().plusDays(10), revision.group(1));
    assertThat(apiPost(worker, base + "/safety-plan", second).statusCode()).isEqualTo(201);
    String her = record();
    assertThat(her.indexOf("Invented plan two")).isLessThan(her.indexOf("Invented plan one"));
  }

  @Test
  void herPlanIsDueForReviewOnHerTaskListUntilANewerRevisionPutsTheReviewLater() {
    String herLink = "/cases/" + reference + "/partners/" + partnerId;
    assertThat(plansDueList(area)).as("no plan yet").doesNotContain(herLink);

    String soon =
        """
        {"plan": "Invented plan one", "reviewOn": "%s", "basedOn": 0}
        """
            .formatted(clock.today().plusDays(3));
    assertThat(apiPost(worker, base + "/safety-plan", soon).statusCode()).isEqualTo(201);
    assertThat(plansDueList(area)).contains(herLink);
    assertThat(plansDueList(otherArea))
        .as("another area's worker does not see her plan")
        .doesNotContain(herLink);

    Matcher revision =
        Pattern.compile("\"safetyPlans\":\\[\\{\"revision\":(\\d+)").matcher(record());
    assertThat(revision.find()).isTrue();
    String later =
        """
        {"plan": "Invented plan two", "reviewOn": "%s", "basedOn": %s}
        """
            .formatted(clock.today().plusDays(30), revision.group(1));
    assertThat(apiPost(worker, base + "/safety-plan", later).statusCode()).isEqualTo(201);
    assertThat(plansDueList(area))
        .as("her newest plan is reviewed in a month, not this week")
        .doesNotContain(herLink);
  }

  /** What the partner-support worker of an area sees under "Safety plans due for review". */
  private String plansDueList(TestArea in) {
    HttpResponse<String> page =
        signedIn(in.user(Role.PARTNER_SUPPORT_WORKER)).get("/partner-support/tasks");
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    int from = body.indexOf("id=\"plans-due\"");
    assertThat(from).as("the task list has its plans-due section").isPositive();
    int to = body.indexOf("</dl>", from);
    return to < 0 ? body.substring(from) : body.substring(from, to);
  }

  @Test
  void sharedRiskInformationReachesTheTimelineButNeverWithHerDetails() {
    HttpResponse<String> withHerName =
        apiPost(
            worker,
            base + "/risk-items",
            """
            {"occurredOn": "%s", "summary": "Jo says he followed her home from 1 Imaginary Lane"}
            """
                .formatted(clock.today()));
    assertThat(withHerName.statusCode()).isEqualTo(400);
    assertThat(withHerName.body())
        .contains("Take out her name and her address")
        .doesNotContain("Imaginary");
    HttpResponse<String> shared =
        apiPost(
            worker,
            base + "/risk-items",
            """
            {"occurredOn": "%s", "summary": "Reports he has used the programme's language to criticise her"}
            """
                .formatted(clock.today()));
    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
    String timeline =
        apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/cases/" + reference + "/timeline")
            .body();
    assertThat(timeline)
        .contains("PARTNER_REPORT")
        .contains("used the programme's language")
        .contains("Partner support");
  }

  @Test
  void theLetterIsAddressedToHerInTheServicesWordsWithNothingOfHis() {
    HttpResponse<byte[]> letter = apiGetBytes(worker, base + "/letter");
    assertThat(letter.statusCode()).isEqualTo(200);
    String text = RiskReportFixture.pdfText(letter.body());
    assertThat(text)
        .contains("Dear Jo Testington")
        .contains("1 Imaginary Lane")
        .contains("information pack")
        .doesNotContain("Invented test referral")
        .doesNotContain("Mctestface");

    HttpResponse<String> sent =
        apiPost(
            worker,
            base + "/letter-sent",
            """
            {"sentOn": "%s", "version": %d}
            """
                .formatted(clock.today(), version()));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
    long openLetterTasks =
        jdbc.sql(
                "SELECT count(*) FROM partner_support_task WHERE partner_id = :p AND kind = 'SEND_LETTER_AND_PACK' AND completed_at IS NULL")
            .param("p", partnerId)
            .query(Long.class)
            .single();
    assertThat(openLetterTasks).as("the letter task is done").isZero();
  }

  @Test
  void theTemplateCanOnlyFillInHerNameTheWorkerAndTheDate() {
    String template = apiGet(worker, "/api/v1/partner-support/letter-template").body();
    Matcher v = Pattern.compile("\"version\":(\\d+)").matcher(template);
    assertThat(v.find()).isTrue();
    HttpResponse<String> withHis =
        apiPut(
            worker,
            "/api/v1/partner-support/letter-template",
            """
            {"body": "Dear {name}, he said {reason}.", "version": %s}
            """
                .formatted(v.group(1)));
    assertThat(withHis.statusCode()).isEqualTo(400);
    assertThat(withHis.body()).contains("Remove {reason}");
  }

  @Test
  void everyPerpetratorFacingRoleIsRefusedHerRecord() {
    for (TestArea.User user :
        List.of(
            area.user(Role.INTAKE),
            area.user(Role.PERPETRATOR_WORKER),
            area.user(Role.CHILDRENS_WORKER))) {
      assertThat(apiGet(user.token(), base).statusCode()).as(user.username()).isEqualTo(403);
      assertThat(apiGetBytes(user.token(), base + "/letter").statusCode())
          .as(user.username())
          .isEqualTo(403);
      assertThat(attemptAs(user).statusCode()).as(user.username()).isEqualTo(403);
      assertThat(apiGet(user.token(), "/api/v1/partner-support/letter-template").statusCode())
          .isEqualTo(403);
    }
    assertThat(apiGet(otherArea.token(Role.PERPETRATOR_WORKER), base).statusCode()).isEqualTo(403);
    assertThat(apiGet(worker, "/api/v1/cases/" + reference + "/partners/999999999").statusCode())
        .isEqualTo(404);
  }

  private HttpResponse<String> attemptAs(TestArea.User user) {
    return apiPost(
        user.token(),
        base + "/contact-attempts",
        """
        {"method": "PHONE", "attemptedOn": "%s", "attemptedAt": "09:15", "outcome": "NO_ANSWER"}
        """
            .formatted(clock.today()));
  }
}
