package org.tandem.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.token;
import static org.tandem.assessment.RiskReportFixture.assertNoNeedles;
import static org.tandem.assessment.RiskReportFixture.pdfText;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.access.Role;
import org.tandem.demo.DemoUsers;

/**
 * The risk identification report to the referrer: produced through the API, read as JSON, as a page
 * and as a PDF, and never holding anything from behind the wall, whoever produces or reads it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskReportTest extends TandemTest {

  private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
  private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");

  @Autowired Assessments assessments;
  @Autowired UserDetailsService users;

  private long northmoor;
  private String reference;
  private Map<String, String> needles;

  @BeforeAll
  void caseWithAssessmentAndHerDetailsBehindTheWall() {
    northmoor = jdbc.sql("SELECT id FROM area WHERE code = 'NMR'").query(Long.class).single();
    RiskReportFixture.PlantedReferral referral = RiskReportFixture.plantedReferral(northmoor);
    needles = referral.needles();
    reference = logReferral(referral.json());
    RiskReportFixture.recordAssessment(assessments, users, reference);
  }

  @Test
  void aReportWithoutRecommendationsIsRefusedNamingEachField() {
    HttpResponse<String> refused =
        apiPost(token("perpetrator.worker"), reportsPath(), "{\"minutesSpent\": 30}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body())
        .contains("\"field\":\"contact\"")
        .contains("\"field\":\"supervision\"")
        .contains("\"field\":\"programme\"")
        .doesNotContain("\"field\":\"minutesSpent\"");

    HttpResponse<String> noMinutes =
        apiPost(
            token("perpetrator.worker"),
            reportsPath(),
            "{\"contact\": \"a\", \"supervision\": \"b\", \"programme\": \"c\", \"minutesSpent\": 0}");
    assertThat(noMinutes.statusCode()).isEqualTo(400);
    assertThat(noMinutes.body()).contains("\"field\":\"minutesSpent\"");
  }

  @Test
  void aWorkerProducesTheReportAndItReadsBackAsJsonPageAndPdf() {
    // Characters that must be escaped in XHTML, and some beyond ASCII, come through as typed.
    String contact =
        "Invented: contact with Kit & Zoë only when <supervised> by a family centre – weekly";
    String supervision = "Invented: monthly supervision by probation while he attends";
    String programme = "Invented: not the group programme until he accepts some responsibility";
    long id = produce("perpetrator.worker", contact, supervision, programme, 1080);

    // The time spent is recorded with the report.
    assertThat(
            jdbc.sql("SELECT minutes_spent FROM risk_report WHERE id = :id")
                .param("id", id)
                .query(Integer.class)
                .single())
        .isEqualTo(1080);
    assertThat(
            jdbc.sql("SELECT produced_by FROM risk_report WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("perpetrator.worker");

    HttpResponse<String> list = apiGet(token("perpetrator.worker"), reportsPath());
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"id\":" + id).contains("\"minutesSpent\":1080");

    HttpResponse<String> json = apiGet(token("perpetrator.worker"), reportsPath() + "/" + id);
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    assertThat(json.body())
        .contains("\"reference\":\"" + reference + "\"")
        .contains(contact)
        .contains(supervision)
        .contains(programme)
        .contains("\"minutesSpent\":1080");

    // The PDF through the API: an attachment named for the case and the report.
    HttpResponse<byte[]> apiPdf = apiPdf("perpetrator.worker", id);
    assertThat(apiPdf.statusCode()).isEqualTo(200);
    assertThat(apiPdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(apiPdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .startsWith("attachment")
                    .contains("filename=\"" + reference + "-risk-report-" + id + ".pdf\""));
    String text = pdfText(apiPdf.body());
    assertReportContent(text, contact, supervision, programme);
    assertThat(text)
        .contains("18 hours")
        .contains("Tom Quillfeather")
        .doesNotContain("perpetrator.worker");

    // The same through the page, signed in.
    PageSession session = PageSession.signedIn(baseUrl(), "perpetrator.worker", DemoUsers.PASSWORD);
    HttpResponse<byte[]> pagePdf = pageBytes(session, reportPagePath(id) + ".pdf");
    assertThat(pagePdf.statusCode()).isEqualTo(200);
    assertThat(pagePdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pagePdf.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains(reference + "-risk-report-" + id + ".pdf"));
    assertReportContent(pdfText(pagePdf.body()), contact, supervision, programme);

    HttpResponse<String> page = session.get(reportPagePath(id));
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body().replaceAll("\\s+", " ");
    assertThat(html)
        .contains(reference)
        .contains("14 of 24")
        .contains("4 or more")
        .contains("Download PDF")
        .contains(reportPagePath(id) + ".pdf");

    HttpResponse<String> listPage = session.get(reportsPath(reference));
    assertThat(listPage.statusCode()).isEqualTo(200);
    assertThat(listPage.body()).contains("18 hours").contains(reportPagePath(id));

    // Reading is audited as a READ; each download as a DOWNLOAD too, by the page and the API.
    List<String> channels =
        jdbc.sql(
                """
                SELECT channel FROM audit_event
                WHERE case_reference = :r AND action = 'DOWNLOAD' AND username = 'perpetrator.worker'
                """)
            .param("r", reference)
            .query(String.class)
            .list();
    assertThat(channels).contains("API", "PAGE");
    assertThat(
            jdbc.sql(
                    """
                    SELECT count(*) FROM audit_event WHERE case_reference = :r AND action = 'READ'
                      AND what = 'risk identification report' AND username = 'perpetrator.worker'
                    """)
                .param("r", reference)
                .query(Long.class)
                .single())
        .isGreaterThanOrEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"intake", "perpetrator.worker", "childrens.worker", "manager"})
  void noReportHoldsAnythingFromBehindTheWallForAnyone(String username) {
    // Reports produced by each role that may produce them: the manager sees behind the wall, yet
    // the report is the same open content.
    long byWorker =
        produce(
            "perpetrator.worker",
            "Invented contact",
            "Invented supervision",
            "Invented programme",
            60);
    long byManager =
        produce(
            "manager",
            "Invented contact by the manager",
            "Invented supervision by the manager",
            "Invented programme by the manager",
            45);

    PageSession session = PageSession.signedIn(baseUrl(), username, DemoUsers.PASSWORD);
    HttpResponse<String> listJson = apiGet(token(username), reportsPath());
    assertThat(listJson.statusCode()).isEqualTo(200);
    assertNoNeedles(needles, listJson.body(), "the report list as JSON for " + username);
    HttpResponse<String> listPage = session.get(reportsPath(reference));
    assertThat(listPage.statusCode()).isEqualTo(200);
    assertNoNeedles(needles, listPage.body(), "the report list page for " + username);

    for (long id : new long[] {byWorker, byManager}) {
      HttpResponse<String> json = apiGet(token(username), reportsPath() + "/" + id);
      assertThat(json.statusCode()).as(username + ": " + json.body()).isEqualTo(200);
      assertNoNeedles(needles, json.body(), "report " + id + " as JSON for " + username);

      HttpResponse<String> page = session.get(reportPagePath(id));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("14 of 24");
      assertNoNeedles(needles, page.body(), "report " + id + " page for " + username);

      HttpResponse<byte[]> apiPdf = apiPdf(username, id);
      assertThat(apiPdf.statusCode()).isEqualTo(200);
      String apiText = pdfText(apiPdf.body());
      assertThat(apiText).contains(reference).contains("14 of 24");
      assertNoNeedles(needles, apiText, "report " + id + " PDF by API for " + username);
      assertNoNeedles(
          needles,
          new String(apiPdf.body(), java.nio.charset.StandardCharsets.ISO_8859_1),
          "report " + id + " PDF bytes for " + username);

      HttpResponse<byte[]> pagePdf = pageBytes(session, reportPagePath(id) + ".pdf");
      assertThat(pagePdf.statusCode()).isEqualTo(200);
      assertNoNeedles(
          needles, pdfText(pagePdf.body()), "report " + id + " PDF page for " + username);
    }
  }

  @Test
  void onlyPerpetratorWorkersAndManagersProduceReports() {
    String body =
        "{\"contact\": \"a\", \"supervision\": \"b\", \"programme\": \"c\", \"minutesSpent\": 5}";
    for (String username : List.of("intake", "childrens.worker", "partner.support")) {
      assertThat(apiPost(token(username), reportsPath(), body).statusCode())
          .as(username)
          .isEqualTo(403);
      PageSession session = PageSession.signedIn(baseUrl(), username, DemoUsers.PASSWORD);
      assertThat(session.get(reportsPath(reference) + "/new").statusCode())
          .as(username)
          .isEqualTo(403);
      assertThat(session.get(reportsPath(reference)).body())
          .doesNotContain("Produce a risk identification report");
    }
  }

  @Test
  void aReportOfACaseOutsideTheUsersAreasIsNotFound() {
    long id = produce("perpetrator.worker", "Invented c", "Invented s", "Invented p", 30);
    String outsider = "eastwick.worker";
    assertThat(apiGet(token(outsider), reportsPath()).statusCode()).isEqualTo(404);
    assertThat(apiGet(token(outsider), reportsPath() + "/" + id).statusCode()).isEqualTo(404);
    assertThat(apiPdf(outsider, id).statusCode()).isEqualTo(404);
    HttpResponse<String> produced =
        apiPost(
            token(outsider),
            reportsPath(),
            "{\"contact\": \"a\", \"supervision\": \"b\", \"programme\": \"c\", \"minutesSpent\": 5}");
    assertThat(produced.statusCode()).isEqualTo(404);
    PageSession session = PageSession.signedIn(baseUrl(), outsider, DemoUsers.PASSWORD);
    assertThat(session.get(reportsPath(reference)).statusCode()).isEqualTo(404);
    assertThat(session.get(reportPagePath(id)).statusCode()).isEqualTo(404);
    assertThat(pageBytes(session, reportPagePath(id) + ".pdf").statusCode()).isEqualTo(404);
    assertThat(session.get(reportsPath(reference) + "/new").statusCode()).isEqualTo(404);

    // And a report of another case is not found through this one.
    assertThat(
            apiGet(token("perpetrator.worker"), "/api/v1/cases/" + otherCase() + "/reports/" + id)
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void withoutAnAssessmentThereIsNoReportToProduce() {
    String unassessed = logReferral(org.tandem.TestData.referralJson(northmoor));
    HttpResponse<String> refused =
        apiPost(
            token("perpetrator.worker"),
            "/api/v1/cases/" + unassessed + "/reports",
            "{\"contact\": \"a\", \"supervision\": \"b\", \"programme\": \"c\", \"minutesSpent\": 5}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"assessment\"");
    PageSession session = PageSession.signedIn(baseUrl(), "perpetrator.worker", DemoUsers.PASSWORD);
    HttpResponse<String> form = session.get(reportsPath(unassessed) + "/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains("His assessment is not recorded yet")
        .doesNotContain("Produce the report");
    assertThat(session.get(reportsPath(unassessed)).body())
        .contains("No reports have been produced for this case yet.");
  }

  @Test
  void theFormKeepsWhatWasTypedAndShowsEachProblemBesideItsField() {
    PageSession session = PageSession.signedIn(baseUrl(), "perpetrator.worker", DemoUsers.PASSWORD);
    String csrf = session.csrf(reportsPath(reference) + "/new");
    HttpResponse<String> shown =
        session.post(
            reportsPath(reference),
            Map.of(
                "contact", "Invented typed contact",
                "supervision", "",
                "programme", "Invented typed programme",
                "minutesSpent", "about a day",
                "_csrf", csrf));
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("Error: Produce a risk identification report")
        .contains("Enter the recommendation on supervision")
        .contains("Enter the time spent as a whole number of minutes")
        .contains("Invented typed contact")
        .contains("Invented typed programme")
        .contains("value=\"about a day\"")
        .contains("href=\"#minutesSpent\"")
        .contains("id=\"minutesSpent-error\"");
    long before = reportCount();
    HttpResponse<String> produced =
        session.post(
            reportsPath(reference),
            Map.of(
                "contact", "Invented typed contact",
                "supervision", "Invented typed supervision",
                "programme", "Invented typed programme",
                "minutesSpent", " 95 ",
                "_csrf", csrf));
    assertThat(produced.statusCode()).isEqualTo(302);
    String location = produced.headers().firstValue("Location").orElseThrow();
    assertThat(location).contains(reportsPath(reference) + "/");
    assertThat(reportCount()).isEqualTo(before + 1);
    HttpResponse<String> report = session.get(URI.create(location).getPath());
    assertThat(report.body()).contains("Report produced").contains("1 hour 35 minutes");
  }

  @Test
  void theApiIsDescribed() {
    HttpResponse<String> docs = apiGet(newArea().token(Role.INTAKE), "/v3/api-docs");
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body())
        .contains("\"/api/v1/cases/{reference}/reports\"")
        .contains("\"/api/v1/cases/{reference}/reports/{id}\"")
        .contains("\"/api/v1/cases/{reference}/reports/{id}/pdf\"")
        .contains("application/pdf")
        .contains("\"NewRiskReport\"")
        .contains("\"RiskReportView\"");
  }

  @Test
  void inWelshThePdfSaysWhyTheRiskLevelChangedInWelsh() {
    long id =
        produce(
            "perpetrator.worker",
            "Invented contact",
            "Invented supervision",
            "Invented programme",
            30);
    PageSession session = PageSession.signedIn(baseUrl(), "perpetrator.worker", DemoUsers.PASSWORD);

    String welsh = pdfText(pageBytes(session, reportPagePath(id) + ".pdf?lang=cy").body());
    String english = pdfText(pageBytes(session, reportPagePath(id) + ".pdf?lang=en").body());

    assertThat(english).contains("14 of 24: visible high risk");
    assertThat(welsh)
        .contains("Sgôr DASH 14 o 24: risg uchel weladwy")
        .doesNotContain("visible high risk");
  }

  private void assertReportContent(
      String text, String contact, String supervision, String programme) {
    assertThat(text)
        .contains("Risk identification report")
        .contains(reference)
        .contains("Robin Casefield")
        .contains("Northmoor")
        .contains(contact)
        .contains(supervision)
        .contains(programme)
        .contains("14 of 24")
        .contains("4 or more")
        .contains("5 to 10 incidents")
        .contains(RiskReportFixture.OTHER_VIOLENCE)
        .contains(RiskReportFixture.CHILDREN_EXPOSURE)
        .contains(RiskReportFixture.JUDGEMENT)
        .contains(RiskReportFixture.VIABILITY_NOTES)
        .contains("Strangulation")
        .contains("Homicide risk marker")
        .contains("Denial 4 of 5: significant")
        .contains("Blame 5 of 5: high")
        .contains("High");
    assertNoNeedles(needles, text, "the PDF");
  }

  private long produce(
      String username, String contact, String supervision, String programme, int minutes) {
    HttpResponse<String> created =
        apiPost(
            token(username),
            reportsPath(),
            """
            {"contact": "%s", "supervision": "%s", "programme": "%s", "minutesSpent": %d}
            """
                .formatted(contact, supervision, programme, minutes));
    assertThat(created.statusCode()).as(username + ": " + created.body()).isEqualTo(201);
    Matcher m = ID.matcher(created.body());
    assertThat(m.find()).isTrue();
    long id = Long.parseLong(m.group(1));
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/api/v1/cases/" + reference + "/reports/" + id);
    return id;
  }

  private String logReferral(String json) {
    HttpResponse<String> created = apiPost(token("intake"), "/api/v1/referrals", json);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher m = REFERENCE.matcher(created.body());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private String otherCase() {
    return logReferral(org.tandem.TestData.referralJson(northmoor));
  }

  private long reportCount() {
    return jdbc.sql(
            "SELECT count(*) FROM risk_report r JOIN referral c ON c.id = r.referral_id WHERE c.reference = :r")
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  private String reportsPath() {
    return "/api/v1/cases/" + reference + "/reports";
  }

  private static String reportsPath(String reference) {
    return "/cases/" + reference + "/reports";
  }

  private String reportPagePath(long id) {
    return reportsPath(reference) + "/" + id;
  }

  private HttpResponse<byte[]> apiPdf(String username, long id) {
    return bytes(
        HttpRequest.newBuilder(URI.create(baseUrl() + reportsPath() + "/" + id + "/pdf"))
            .header("Authorization", "Bearer " + token(username))
            .header("Accept", "application/pdf")
            .GET()
            .build());
  }

  /** A page download as bytes, in the signed-in session. */
  private HttpResponse<byte[]> pageBytes(PageSession session, String path) {
    return bytes(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Cookie", "JSESSIONID=" + session.sessionId())
            .GET()
            .build());
  }

  private static HttpResponse<byte[]> bytes(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
