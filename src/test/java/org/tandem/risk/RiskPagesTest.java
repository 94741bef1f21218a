package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.json.JsonMapper;

/** The MARAC, DASH and other risk pages read and submitted over HTTP. */
class RiskPagesTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
  }

  private static LocalDate today() {
    return clock.today();
  }

  @Test
  void anAlertAcknowledgedTwiceOrSomeoneElsesSaysSoRatherThanSucceeding() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    long someoneElses =
        jdbc.sql(
                """
                INSERT INTO risk_alert (referral_id, for_user_id, message)
                SELECT r.id, u.id, 'Invented alert for someone else'
                FROM referral r, app_user u
                WHERE r.reference = :r AND u.id = :someoneElse
                RETURNING id
                """)
            .param("r", newCase())
            .param("someoneElse", area.user(Role.PARTNER_SUPPORT_WORKER).id())
            .query(Long.class)
            .single();

    HttpResponse<String> refused =
        worker.post(
            "/alerts/" + someoneElses + "/acknowledge", Map.of("_csrf", worker.csrf("/alerts")));

    assertThat(refused.statusCode()).isEqualTo(302);
    String alerts = worker.get("/alerts").body();
    assertThat(alerts)
        .contains("That alert was already acknowledged, or is not yours")
        .doesNotContain("Alert acknowledged");
    assertThat(
            jdbc.sql("SELECT acknowledged_at IS NULL FROM risk_alert WHERE id = :id")
                .param("id", someoneElses)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void aMaracReferralIsMadeAndItsOutcomeRecordedThroughThePages() {
    String reference = newCase();
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String riskPage = "/cases/" + reference + "/risk";

    // Refer on professional judgement: the reason is needed.
    HttpResponse<String> blank =
        worker.post(
            "/cases/" + reference + "/marac",
            Map.of("reason", " ", "_csrf", worker.csrf("/cases/" + reference + "/marac/new")));
    assertThat(blank.statusCode()).isEqualTo(200);
    assertThat(blank.body())
        .contains("<title>Error: Refer to MARAC – Tandem</title>")
        .contains("Give the reasons for your concern")
        .contains("govuk-form-group--error");
    HttpResponse<String> referred =
        worker.post(
            "/cases/" + reference + "/marac",
            Map.of(
                "reason",
                "Invented concern about stalking",
                "_csrf",
                worker.csrf("/cases/" + reference + "/marac/new")));
    assertThat(referred.statusCode()).isEqualTo(302);
    String page = worker.get(riskPage).body();
    assertThat(page)
        .contains("MARAC referral task created")
        .contains("Professional judgement")
        .contains("Invented concern about stalking")
        .contains("Record referral made");

    // It waits on the MARAC list of everyone in the area, overdue once its due date passes.
    long id = maracId(reference);
    assertThat(rowOf(worker.get("/marac").body(), reference))
        .contains("Professional judgement")
        .doesNotContain("Overdue");
    jdbc.sql("UPDATE marac_referral SET due_on = :d WHERE id = :id")
        .param("d", today().minusDays(2))
        .param("id", id)
        .update();
    assertThat(rowOf(worker.get("/marac").body(), reference)).contains("Overdue");
    assertThat(worker.get(riskPage).body()).contains("Overdue");
    assertThat(signedIn(otherArea.user(Role.PERPETRATOR_WORKER)).get("/marac").body())
        .doesNotContain(reference);

    // A date that is not a real one is shown back as typed, beside the field.
    String made = "/cases/" + reference + "/marac/" + id + "/made";
    Map<String, String> form = new HashMap<>();
    form.put("referredOn.day", "31");
    form.put("referredOn.month", "2");
    form.put("referredOn.year", String.valueOf(today().getYear()));
    form.put("version", "0");
    form.put("_csrf", worker.csrf(riskPage));
    HttpResponse<String> wrong = worker.post(made, form);
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body())
        .contains("The date the referral was made must be a real date")
        .contains("value=\"31\"");

    form.put("referredOn.day", String.valueOf(today().getDayOfMonth()));
    form.put("referredOn.month", String.valueOf(today().getMonthValue()));
    assertThat(worker.post(made, form).statusCode()).isEqualTo(302);
    assertThat(worker.get("/marac").body()).doesNotContain(">" + reference + "<");

    // The same version again is someone else's change: nothing saved, and said so.
    HttpResponse<String> stale = worker.post(made, form);
    assertThat(stale.body()).contains("Someone else changed this MARAC referral");

    String outcome = "/cases/" + reference + "/marac/" + id + "/outcome";
    assertThat(worker.get(outcome).statusCode()).isEqualTo(200);
    Map<String, String> meeting = new HashMap<>();
    meeting.put("meetingOn.day", "");
    meeting.put("meetingOn.month", "");
    meeting.put("meetingOn.year", "");
    meeting.put("meetingOutcome", "");
    meeting.put("version", "1");
    meeting.put("_csrf", worker.csrf(riskPage));
    HttpResponse<String> empty = worker.post(outcome, meeting);
    assertThat(empty.body())
        .contains("Enter the date of the MARAC meeting")
        .contains("Enter what the meeting decided");
    meeting.put("meetingOn.day", String.valueOf(today().getDayOfMonth()));
    meeting.put("meetingOn.month", String.valueOf(today().getMonthValue()));
    meeting.put("meetingOn.year", String.valueOf(today().getYear()));
    meeting.put("meetingOutcome", "Invented: safety plan and police marker agreed");
    assertThat(worker.post(outcome, meeting).statusCode()).isEqualTo(302);
    assertThat(worker.get(riskPage).body())
        .contains("Invented: safety plan and police marker agreed")
        .contains("by " + area.user(Role.PERPETRATOR_WORKER).displayName());
  }

  @Test
  void theRiskReviewFormKeepsWhatWasTypedAndSaysWhatIsWrong() {
    String reference = newCase();
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    String path = "/cases/" + reference + "/risk/reviews";
    Map<String, String> form = new HashMap<>();
    form.put("heldOn.day", String.valueOf(today().getDayOfMonth()));
    form.put("heldOn.month", String.valueOf(today().getMonthValue()));
    form.put("heldOn.year", String.valueOf(today().getYear()));
    form.put("attendees", "Invented attendees");
    form.put("decisions", "");
    form.put("riskLevel", "HIGH");
    form.put("nextReviewOn.day", "12");
    form.put("nextReviewOn.month", "");
    form.put("nextReviewOn.year", "2027");
    form.put("_csrf", manager.csrf(path + "/new"));

    HttpResponse<String> wrong = manager.post(path, form);

    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body())
        .contains("Error: Record a risk review")
        .contains("Enter what the review decided")
        .contains("The date of the next review must include a day, month and year")
        .contains("Invented attendees")
        .contains("value=\"2027\"");
    assertThat(riskLevel(reference)).isEqualTo("STANDARD");
  }

  @Test
  void intakeSeesTheRiskPageButCannotRecord() {
    String reference = newCase();
    PageSession intake = signedIn(area.user(Role.INTAKE));

    HttpResponse<String> page = intake.get("/cases/" + reference + "/risk");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Risk timeline and MARAC")
        .doesNotContain("Record a risk event");
    assertThat(intake.get("/cases/" + reference + "/risk/events/new").statusCode()).isEqualTo(403);
    assertThat(intake.get("/cases/" + reference + "/allocation").statusCode()).isEqualTo(403);
    assertThat(intake.get("/admin/dash").statusCode()).isEqualTo(403);
  }

  @Test
  void theDashQuestionsAreReworded() {
    PageSession admin = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
    HttpResponse<String> page = admin.get("/admin/dash");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("15. He has tried to strangle")
        .contains("homicide risk marker");

    List<String> original =
        jdbc.sql("SELECT question FROM dash_indicator ORDER BY number").query(String.class).list();
    assertThat(original).hasSize(24);
    Map<String, String> form = new HashMap<>();
    for (int i = 0; i < 24; i++) {
      form.put("questions[" + i + "]", original.get(i));
    }
    form.put("questions[1]", "  ");
    form.put("questions[2]", "Invented rewording of indicator three?");
    form.put("_csrf", PageSession.csrf(page));

    HttpResponse<String> wrong = admin.post("/admin/dash", form);
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body())
        .contains("Error: DASH questions")
        .contains("Enter the question for indicator 2")
        .contains("href=\"#questions-1\"")
        .contains("Invented rewording of indicator three?");
    assertThat(question(3)).isEqualTo(original.get(2));

    form.put("questions[1]", original.get(1));
    try {
      assertThat(admin.post("/admin/dash", form).statusCode()).isEqualTo(302);
      assertThat(question(3)).isEqualTo("Invented rewording of indicator three?");
      assertThat(question(2)).isEqualTo(original.get(1));
      assertThat(admin.get("/admin/dash").body()).contains("DASH questions saved");
    } finally {
      jdbc.sql("UPDATE dash_indicator SET question = :q WHERE number = 3")
          .param("q", original.get(2))
          .update();
    }
    assertThat(signedIn(area.user(Role.PERPETRATOR_WORKER)).get("/admin/dash").statusCode())
        .isEqualTo(403);
  }

  private String question(int number) {
    return jdbc.sql("SELECT question FROM dash_indicator WHERE number = :n")
        .param("n", number)
        .query(String.class)
        .single();
  }

  private String newCase() {
    return newCase(area);
  }

  private long maracId(String reference) {
    return jdbc.sql(
            """
            SELECT m.id FROM marac_referral m JOIN referral r ON r.id = m.referral_id
            WHERE r.reference = :r
            """)
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  private String riskLevel(String reference) {
    return jdbc.sql("SELECT risk_level FROM referral WHERE reference = :r")
        .param("r", reference)
        .query(String.class)
        .single();
  }

  private static String rowOf(String html, String reference) {
    int at = html.indexOf(">" + reference + "<");
    assertThat(at).as("a row for " + reference).isPositive();
    return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
  }
}
