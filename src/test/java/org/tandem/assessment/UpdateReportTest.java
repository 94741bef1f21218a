package org.tandem.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.assessment.RiskReportFixture.assertNoNeedles;
import static org.tandem.assessment.RiskReportFixture.pdfText;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.programme.AGroup;
import org.tandem.programme.AttendanceMark;
import org.tandem.programme.CurriculumSession;
import org.tandem.programme.GroupSessions;
import org.tandem.programme.Groups;
import org.tandem.programme.NewGroupSession;
import org.tandem.programme.ProgrammeGroup;
import org.tandem.programme.SessionMark;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskManagement;

/**
 * The programme update report to the referrer at a review point: produced through the API after
 * three recorded group sessions, read back as JSON, as a page and as a PDF, and never holding
 * anything from behind the wall, whoever reads it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdateReportTest extends TandemTest {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");

  private static final String CONTACT =
      "Invented: contact with Kit & Zoë to stay supervised at the <family centre> for now";
  private static final String SUPERVISION = "Invented: probation to keep monthly supervision";
  private static final String PROGRAMME = "Invented: to carry on in the group into stage 2";
  private static final String DISCLOSED = "Invented: shouted and threw a cup across the kitchen";

  @Autowired Assessments assessments;
  @Autowired Groups groups;
  @Autowired GroupSessions sessions;
  @Autowired RiskManagement risk;
  @Autowired UserDetailsService users;

  /** This test's own area, and another whose workers must not reach its case. */
  private TestArea own;

  private TestArea elsewhere;
  private long northmoor;
  private String reference;
  private long place;
  private Map<String, String> needles;
  private String partnerReportMarker;

  @BeforeAll
  void caseOnTheProgrammeWithThreeSessionsAndHerDetailsBehindTheWall() {
    own = newArea();
    elsewhere = newArea();
    northmoor = own.id();
    RiskReportFixture.PlantedReferral referral = RiskReportFixture.plantedReferral(northmoor);
    needles = referral.needles();
    reference = logReferral(referral.json());
    RiskReportFixture.recordAssessment(
        assessments, users, reference, who("perpetrator.worker").username());

    LocalDate today = clock.today();
    try {
      ProgrammeGroup programmeGroup =
          AGroup.in(own)
              .named("Update report test group " + System.nanoTime())
              .firstMeetingOn(today.minusWeeks(2))
              .create(api());
      long group = programmeGroup.id();
      // He joined at the group's first intake, two weeks ago.
      place = programmeGroup.place(reference, today.minusWeeks(2)).id();
      actingAs("perpetrator.worker");
      List<CurriculumSession> curriculum = groups.curriculum(group);
      record(
          group,
          today.minusWeeks(2),
          curriculum.get(0),
          new SessionMark(place, AttendanceMark.ATTENDED, null, true, DISCLOSED, 4, 3, 2, null));
      record(
          group,
          today.minusWeeks(1),
          curriculum.get(1),
          new SessionMark(place, AttendanceMark.LATE, null, false, null, 2, 3, 1, null));
      record(
          group,
          today,
          curriculum.get(2),
          new SessionMark(
              place,
              AttendanceMark.ABSENT_WITHOUT_REASON,
              null,
              false,
              null,
              null,
              null,
              null,
              null));

      // What she told partner support is on the timeline too, and must never reach the report.
      partnerReportMarker = TestData.marker("partnerreport");
      actingAs("partner.support");
      risk.recordEvent(
          reference,
          new NewRiskEvent(
              RiskEventKind.PARTNER_REPORT,
              today,
              "Invented: " + partnerReportMarker + " says he has been following her",
              "Partner support",
              true));
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @Test
  @Order(1)
  void theWeek12ReportIsProducedAndReadsBackAsJsonPageAndPdf() {
    long id = produce("perpetrator.worker", "WEEK_12", CONTACT, SUPERVISION, PROGRAMME, 150);

    Map<String, Object> row =
        jdbc.sql(
                "SELECT kind, enrolment_id, minutes_spent, produced_by FROM risk_report WHERE id = :id")
            .param("id", id)
            .query()
            .singleRow();
    assertThat(row)
        .containsEntry("kind", "UPDATE_WEEK_12")
        .containsEntry("enrolment_id", place)
        .containsEntry("minutes_spent", 150)
        .containsEntry("produced_by", who("perpetrator.worker").username());

    HttpResponse<String> list = apiGet(token("perpetrator.worker"), reportsPath());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"id\":" + id).contains("\"kind\":\"UPDATE_WEEK_12\"");

    HttpResponse<String> json = apiGet(token("perpetrator.worker"), reportsPath() + "/" + id);
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    assertThat(json.body())
        .contains("\"reference\":\"" + reference + "\"")
        .contains("\"kind\":\"UPDATE_WEEK_12\"")
        .contains("\"point\":\"WEEK_12\"")
        .contains("\"enrolmentId\":" + place)
        .contains("\"attended\":1")
        .contains("\"late\":1")
        .contains("\"absentWithReason\":0")
        .contains("\"absentWithoutReason\":1")
        .contains("\"disclosures\":1")
        .contains("\"riskLevel\":\"HIGH\"")
        .contains("\"minutesSpent\":150")
        .doesNotContain(DISCLOSED)
        .doesNotContain("PARTNER_REPORT")
        .doesNotContain(partnerReportMarker);
    assertThat(json.body().replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&"))
        .contains(CONTACT);

    // The PDF through the API: an attachment named for the case and the report.
    HttpResponse<byte[]> apiPdf = apiPdf("perpetrator.worker", id);
    assertThat(apiPdf.statusCode()).isEqualTo(200);
    assertThat(apiPdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(apiPdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .startsWith("attachment")
                    .contains("filename=\"" + reference + "-update-report-" + id + ".pdf\""));
    assertUpdateContent(pdfText(apiPdf.body()), "the PDF by the API");

    // The same through the page, signed in.
    PageSession session = signedIn(who("perpetrator.worker"));
    HttpResponse<byte[]> pagePdf = session.getBytes(reportPagePath(id) + ".pdf");
    assertThat(pagePdf.statusCode()).isEqualTo(200);
    assertThat(pagePdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertUpdateContent(pdfText(pagePdf.body()), "the PDF by the page");

    HttpResponse<String> page = session.get(reportPagePath(id));
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    assertThat(html)
        .contains("Week 12 update report")
        .contains(reference)
        .contains("3 hours 45 minutes of 60 hours")
        .contains("Disclosure: 1")
        .contains("Download PDF");
    assertThat(page.body()).contains(reportPagePath(id) + ".pdf");
    assertNoNeedles(needles, page.body(), "the update report page");

    HttpResponse<String> listPage = session.get(reportsPath(reference));
    assertThat(listPage.statusCode()).isEqualTo(200);
    assertThat(listPage.body())
        .contains("Week 12 update report")
        .contains("Produce a programme update report")
        .contains(reportPagePath(id));

    // A completion report after it counts only what happened since: nothing.
    long completion =
        produce("manager", "COMPLETION", "Invented c", "Invented s", "Invented p", 30);
    HttpResponse<String> later =
        apiGet(token("perpetrator.worker"), reportsPath() + "/" + completion);
    assertThat(later.statusCode()).isEqualTo(200);
    assertThat(later.body())
        .contains("\"kind\":\"UPDATE_COMPLETION\"")
        .contains("\"riskEventsSincePreviousReport\":[]");
    String completionText = pdfText(apiPdf("manager", completion).body());
    assertThat(completionText)
        .contains("Completion update report")
        .contains("Risk events recorded since the last report");

    // Reading and downloading are audited.
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM audit_event WHERE case_reference = :r
                      AND what = 'programme update report PDF' AND action = 'DOWNLOAD'
                    """)
                .param("r", reference)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"intake", "perpetrator.worker", "childrens.worker", "manager"})
  void noUpdateReportHoldsAnythingFromBehindTheWallForAnyone(String username) {
    long byWorker =
        produce("perpetrator.worker", "WEEK_12", "Invented c", "Invented s", "Invented p", 60);
    long byManager =
        produce("manager", "COMPLETION", "Invented mc", "Invented ms", "Invented mp", 45);

    PageSession session = signedIn(who(username));
    HttpResponse<String> listJson = apiGet(token(username), reportsPath());
    assertThat(listJson.statusCode()).isEqualTo(200);
    assertNoNeedles(needles, listJson.body(), "the report list as JSON for " + username);
    HttpResponse<String> listPage = session.get(reportsPath(reference));
    assertThat(listPage.statusCode()).isEqualTo(200);
    assertNoNeedles(needles, listPage.body(), "the report list page for " + username);

    for (long id : new long[] {byWorker, byManager}) {
      HttpResponse<String> json = apiGet(token(username), reportsPath() + "/" + id);
      assertThat(json.statusCode()).as(username + ": " + json.body()).isEqualTo(200);
      assertNoNeedles(needles, json.body(), "update report " + id + " as JSON for " + username);
      assertThat(json.body()).doesNotContain(partnerReportMarker).doesNotContain(DISCLOSED);

      HttpResponse<String> page = session.get(reportPagePath(id));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("3 hours 45 minutes of 60 hours");
      assertNoNeedles(needles, page.body(), "update report " + id + " page for " + username);
      assertThat(page.body()).doesNotContain(partnerReportMarker).doesNotContain(DISCLOSED);

      HttpResponse<byte[]> apiPdf = apiPdf(username, id);
      assertThat(apiPdf.statusCode()).isEqualTo(200);
      String apiText = pdfText(apiPdf.body());
      assertThat(apiText).contains(reference).contains("3 hours 45 minutes of 60 hours");
      assertNoNeedles(needles, apiText, "update report " + id + " PDF by API for " + username);
      assertNoNeedles(
          needles,
          new String(apiPdf.body(), StandardCharsets.ISO_8859_1),
          "update report " + id + " PDF bytes for " + username);
      assertThat(apiText).doesNotContain(partnerReportMarker).doesNotContain("Partner report");

      HttpResponse<byte[]> pagePdf = session.getBytes(reportPagePath(id) + ".pdf");
      assertThat(pagePdf.statusCode()).isEqualTo(200);
      assertNoNeedles(
          needles, pdfText(pagePdf.body()), "update report " + id + " PDF page for " + username);
    }
  }

  @Test
  void badInputIsRefusedNamingEachField() {
    long before = reportsOfKind("UPDATE_WEEK_12", "UPDATE_COMPLETION");
    HttpResponse<String> empty = apiPost(token("perpetrator.worker"), updatesPath(), "{}");
    assertThat(empty.statusCode()).as(empty.body()).isEqualTo(400);
    assertThat(empty.body())
        .contains("\"field\":\"point\"")
        .contains("\"field\":\"contact\"")
        .contains("\"field\":\"supervision\"")
        .contains("\"field\":\"programme\"")
        .contains("\"field\":\"minutesSpent\"")
        .doesNotContain("\"field\":\"enrolment\"");

    HttpResponse<String> wrongPoint =
        apiPost(
            token("perpetrator.worker"),
            updatesPath(),
            """
            {"point": "WEEK_13", "contact": "a", "supervision": "b", "programme": "c",
             "minutesSpent": 6001}
            """);
    assertThat(wrongPoint.statusCode()).isEqualTo(400);
    assertThat(wrongPoint.body())
        .contains("\"field\":\"point\"")
        .contains("\"field\":\"minutesSpent\"")
        .doesNotContain("\"field\":\"contact\"");
    assertThat(reportsOfKind("UPDATE_WEEK_12", "UPDATE_COMPLETION")).isEqualTo(before);
  }

  @Test
  void withoutAProgrammePlaceThereIsNoUpdateToReport() {
    String notPlaced = logReferral(TestData.referralJson(northmoor));
    RiskReportFixture.recordAssessment(
        assessments, users, notPlaced, who("perpetrator.worker").username());
    HttpResponse<String> refused =
        apiPost(
            token("perpetrator.worker"),
            "/api/v1/cases/" + notPlaced + "/reports/updates",
            """
            {"point": "WEEK_12", "contact": "a", "supervision": "b", "programme": "c",
             "minutesSpent": 5}
            """);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"enrolment\"");

    PageSession session = signedIn(who("perpetrator.worker"));
    HttpResponse<String> form = session.get(reportsPath(notPlaced) + "/updates/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("He has no place on the programme")
        .doesNotContain("Produce the report");
    assertThat(session.get(reportsPath(notPlaced)).body())
        .contains("Produce a risk identification report")
        .doesNotContain("Produce a programme update report");
  }

  @Test
  void theFormKeepsWhatWasTypedAndShowsEachProblemBesideItsField() {
    PageSession session = signedIn(who("perpetrator.worker"));
    HttpResponse<String> blank = session.get(reportsPath(reference) + "/updates/new");
    assertThat(blank.statusCode()).isEqualTo(200);
    assertThat(blank.body())
        .contains("Produce a programme update report")
        .contains("Week 12 review")
        .contains("Completion review")
        .contains("3 hours 45 minutes of 60 hours");
    String csrf = PageSession.csrf(blank);
    HttpResponse<String> shown =
        session.post(
            reportsPath(reference) + "/updates",
            Map.of(
                "contact", "Invented typed contact",
                "supervision", "",
                "programme", "Invented typed programme",
                "minutesSpent", "two hours",
                "_csrf", csrf));
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("Error: Produce a programme update report")
        .contains("Select the review point the report is for")
        .contains("Enter the recommendation on supervision")
        .contains("Enter the time spent as a whole number of minutes")
        .contains("Invented typed contact")
        .contains("Invented typed programme")
        .contains("value=\"two hours\"")
        .contains("href=\"#point\"")
        .contains("id=\"point-error\"")
        .contains("id=\"minutesSpent-error\"");

    HttpResponse<String> produced =
        session.post(
            reportsPath(reference) + "/updates",
            Map.of(
                "point", "WEEK_12",
                "contact", "Invented typed contact",
                "supervision", "Invented typed supervision",
                "programme", "Invented typed programme",
                "minutesSpent", " 95 ",
                "_csrf", csrf));
    assertThat(produced.statusCode()).as(produced.body()).isEqualTo(302);
    String location = produced.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> report = session.get(URI.create(location).getPath());
    assertThat(report.body())
        .contains("Report produced")
        .contains("Week 12 update report")
        .contains("1 hour 35 minutes");
  }

  @Test
  void onlyPerpetratorWorkersAndManagersProduceUpdateReports() {
    String body =
        """
        {"point": "WEEK_12", "contact": "a", "supervision": "b", "programme": "c", "minutesSpent": 5}
        """;
    for (String username : List.of("intake", "childrens.worker", "partner.support")) {
      assertThat(apiPost(token(username), updatesPath(), body).statusCode())
          .as(username)
          .isEqualTo(403);
      PageSession session = signedIn(who(username));
      assertThat(session.get(reportsPath(reference) + "/updates/new").statusCode())
          .as(username)
          .isEqualTo(403);
    }
  }

  @Test
  void anUpdateReportOfACaseOutsideTheUsersAreasIsNotFound() {
    long id =
        produce("perpetrator.worker", "WEEK_12", "Invented c", "Invented s", "Invented p", 30);
    String outsider = "eastwick.worker";
    String body =
        """
        {"point": "WEEK_12", "contact": "a", "supervision": "b", "programme": "c", "minutesSpent": 5}
        """;
    assertThat(apiPost(token(outsider), updatesPath(), body).statusCode()).isEqualTo(404);
    assertThat(apiGet(token(outsider), reportsPath() + "/" + id).statusCode()).isEqualTo(404);
    assertThat(apiPdf(outsider, id).statusCode()).isEqualTo(404);
    PageSession session = signedIn(who(outsider));
    assertThat(session.get(reportPagePath(id)).statusCode()).isEqualTo(404);
    assertThat(session.getBytes(reportPagePath(id) + ".pdf").statusCode()).isEqualTo(404);
    assertThat(session.get(reportsPath(reference) + "/updates/new").statusCode()).isEqualTo(404);
  }

  @Test
  void theApiIsDescribed() {
    HttpResponse<String> docs = apiGet(newArea().token(Role.INTAKE), "/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body())
        .contains("\"/api/v1/cases/{reference}/reports/updates\"")
        .contains("\"NewUpdateReport\"")
        .contains("\"ProgrammeUpdate\"")
        .contains("\"AttendanceSummary\"")
        .contains("WEEK_12");
  }

  private void assertUpdateContent(String text, String where) {
    assertThat(text)
        .contains("Week 12 update report")
        .contains("Week 12 review")
        .contains(reference)
        .contains("Robin Casefield")
        .contains(own.area().name())
        // The updated risk view: the level, his DASH score, the events since the referral.
        .contains("Risk level of the case High")
        .contains("14 of 24")
        .contains("Risk events recorded since the referral")
        .contains("Disclosure: 1")
        .contains("Missed session: 1")
        // His progress and attendance.
        .contains("Intake date " + clock.today().minusWeeks(2).format(DAY))
        .contains("Status Attending")
        .contains("3 hours 45 minutes of 60 hours")
        .contains("Stage 1 (physical and sexual violence) complete Not yet")
        .contains("60 hours complete Not yet")
        .contains("3 sessions recorded")
        .contains("Attended 1")
        .contains("Late 1")
        .contains("Absent with a reason 0")
        .contains("Absent without a reason 1")
        .contains(
            "Disclosures of violence or abuse he made at the sessions 1 On "
                + clock.today().minusWeeks(2).format(DAY))
        .contains("Blame 3.0 of 5 2 of 5: low")
        .contains("Minimisation 3.0 of 5 3 of 5: moderate")
        .contains("Denial 1.5 of 5 1 of 5: none")
        .contains(CONTACT)
        .contains(SUPERVISION)
        .contains(PROGRAMME)
        .contains("2 hours 30 minutes")
        .contains(who("perpetrator.worker").displayName())
        // Never what he disclosed, never what she told partner support.
        .doesNotContain(DISCLOSED)
        .doesNotContain("Partner report")
        .doesNotContain(partnerReportMarker);
    assertNoNeedles(needles, text, where);
  }

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  private void record(long group, LocalDate on, CurriculumSession session, SessionMark mark) {
    sessions.record(
        group, new NewGroupSession(on, session.id(), "Invented facilitators", List.of(mark)));
  }

  /**
   * This test's own worker in the role of the demo user of this name: eastwick.worker works in
   * another area, as the demo's does.
   */
  private TestArea.User who(String demoUsername) {
    return demoUsername.equals("eastwick.worker")
        ? elsewhere.likeDemoUser(demoUsername)
        : own.likeDemoUser(demoUsername);
  }

  private String token(String demoUsername) {
    return who(demoUsername).token();
  }

  private void actingAs(String demoUsername) {
    UserDetails user = users.loadUserByUsername(who(demoUsername).username());
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }

  private long produce(
      String username,
      String point,
      String contact,
      String supervision,
      String programme,
      int minutes) {
    HttpResponse<String> created =
        apiPost(
            token(username),
            updatesPath(),
            """
            {"point": "%s", "contact": "%s", "supervision": "%s", "programme": "%s",
             "minutesSpent": %d}
            """
                .formatted(point, contact, supervision, programme, minutes));
    assertThat(created.statusCode()).as(username + ": " + created.body()).isEqualTo(201);
    Matcher m = ID.matcher(created.body());
    assertThat(m.find()).isTrue();
    long id = Long.parseLong(m.group(1));
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/api/v1/cases/" + reference + "/reports/" + id);
    return id;
  }

  private long reportsOfKind(String... kinds) {
    return jdbc.sql(
            """
            SELECT count(*) FROM risk_report r JOIN referral c ON c.id = r.referral_id
            WHERE c.reference = :r AND r.kind = ANY(:kinds)
            """)
        .param("r", reference)
        .param("kinds", kinds)
        .query(Long.class)
        .single();
  }

  private String logReferral(String json) {
    HttpResponse<String> created = apiPost(token("intake"), "/api/v1/referrals", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher m = REFERENCE.matcher(created.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private String reportsPath() {
    return "/api/v1/cases/" + reference + "/reports";
  }

  private String updatesPath() {
    return reportsPath() + "/updates";
  }

  private static String reportsPath(String reference) {
    return "/cases/" + reference + "/reports";
  }

  private String reportPagePath(long id) {
    return reportsPath(reference) + "/" + id;
  }

  private HttpResponse<byte[]> apiPdf(String username, long id) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(baseUrl() + reportsPath() + "/" + id + "/pdf"))
              .header("Authorization", "Bearer " + token(username))
              .header("Accept", "application/pdf")
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
