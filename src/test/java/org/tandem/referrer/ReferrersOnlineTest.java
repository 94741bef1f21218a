package org.tandem.referrer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Accounts;
import org.tandem.access.ApiTokens;
import org.tandem.access.Role;
import org.tandem.access.WallMarkers;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A referrer refers online, follows their referral, downloads the report released to them and
 * returns their evaluation; they see nothing of hers, and nobody else's referral.
 */
class ReferrersOnlineTest extends TandemTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired private Accounts accounts;
  @Autowired private ApiTokens tokens;
  @Autowired private Assessments assessments;
  @Autowired private UserDetailsService users;

  @Test
  void aReferralMadeThroughTheApiLandsInTriageAsTheReferrersAndShowsNothingOfHers()
      throws Exception {
    TestArea area = newArea();
    TestArea.User referrer = area.user(Role.REFERRER);
    RiskReportFixture.PlantedReferral planted = RiskReportFixture.plantedReferral(area.id());

    HttpResponse<String> made =
        apiPost(
            referrer.token(),
            "/api/v1/referrer/referrals",
            OnlineReferrers.asAReferrerSendsIt(planted.json()));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode body = JSON.readTree(made.body());
    String reference = body.get("reference").asText();
    assertThat(body.get("status").asText()).isEqualTo("AWAITING_TRIAGE");
    assertThat(body.get("referredBy").asText()).isEqualTo(referrer.displayName());
    WallMarkers.assertNone(planted.needles(), "the API's answer to the referral", made.body());

    // Recorded as the referrer's, from their agency, in the area's triage queue.
    Map<String, Object> row =
        jdbc.sql(
                """
                SELECT r.referral_source, r.referrer_name, r.referrer_email, r.status, r.area_id
                FROM referral r WHERE r.reference = :ref
                """)
            .param("ref", reference)
            .query()
            .singleRow();
    assertThat(row.get("referral_source")).isEqualTo("CHILDRENS_SERVICES");
    assertThat(row.get("referrer_name")).isEqualTo(referrer.displayName());
    assertThat(row.get("referrer_email")).isEqualTo(referrer.username() + "@example.org");
    assertThat(((Number) row.get("area_id")).longValue()).isEqualTo(area.id());
    assertThat(
            jdbc.sql(
                    "SELECT user_id FROM online_referral o JOIN referral r ON r.id = o.referral_id"
                        + " WHERE r.reference = :ref")
                .param("ref", reference)
                .query(Long.class)
                .single())
        .isEqualTo(referrer.id());
    HttpResponse<String> queue = signedIn(area.user(Role.INTAKE)).get("/cases?q=" + reference);
    assertThat(queue.body()).contains(reference);

    HttpResponse<String> list = apiGet(referrer.token(), "/api/v1/referrer/referrals");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(reference);
    WallMarkers.assertNone(planted.needles(), "the referrer's list by API", list.body());
    HttpResponse<String> one = apiGet(referrer.token(), "/api/v1/referrer/referrals/" + reference);
    assertThat(one.statusCode()).isEqualTo(200);
    // The children only as a count: never their names.
    assertThat(JSON.readTree(one.body()).get("children").asInt())
        .isEqualTo(
            jdbc.sql(
                    "SELECT count(*) FROM child c JOIN referral r ON r.id = c.referral_id"
                        + " WHERE r.reference = :ref")
                .param("ref", reference)
                .query(Integer.class)
                .single());
    WallMarkers.assertNone(planted.needles(), "the referrer's referral by API", one.body());

    PageSession pages = signedIn(referrer);
    for (String path :
        new String[] {
          "/referrer/referrals",
          "/referrer/referrals/" + reference,
          "/referrer/referrals/" + reference + "/evaluation"
        }) {
      HttpResponse<String> page = pages.get(path);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      WallMarkers.assertNone(planted.needles(), "the referrer's page " + path, page.body());
    }
  }

  @Test
  void anotherAgencysOrAnotherAreasReferrerFindsNothing() {
    TestArea area = newArea();
    TestArea.User referrer = area.user(Role.REFERRER);
    String reference =
        apiReference(apiPost(referrer.token(), "/api/v1/referrer/referrals", referral(area)));
    TestArea.User otherAgency =
        OnlineReferrers.atAnotherAgency(accounts, tokens, jdbc, area, "POLICE");
    TestArea.User otherArea = newArea().user(Role.REFERRER);
    String intakes = newFamily(area).reference();

    for (TestArea.User outsider : new TestArea.User[] {otherAgency, otherArea}) {
      assertThat(apiGet(outsider.token(), "/api/v1/referrer/referrals/" + reference).statusCode())
          .isEqualTo(404);
      assertThat(apiGet(outsider.token(), "/api/v1/referrer/referrals").body())
          .doesNotContain(reference);
      assertThat(signedIn(outsider).get("/referrer/referrals/" + reference).statusCode())
          .isEqualTo(404);
    }
    // A case intake logged is not the referrer's, though it is in their area.
    assertThat(apiGet(referrer.token(), "/api/v1/referrer/referrals/" + intakes).statusCode())
        .isEqualTo(404);
    assertThat(signedIn(referrer).get("/cases/" + reference).statusCode()).isIn(403, 404);
  }

  @Test
  void aReferralWithMistakesIsRefusedWithProblemDetailsAndOnThePageBesideTheFields() {
    TestArea area = newArea();
    TestArea.User referrer = area.user(Role.REFERRER);
    HttpResponse<String> refused =
        apiPost(
            referrer.token(),
            "/api/v1/referrer/referrals",
            OnlineReferrers.asAReferrerSendsIt(
                AReferral.in(area).with("manFamilyName", "").json()));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(refused.body()).contains("manFamilyName").contains("Enter his family name");

    PageSession pages = signedIn(referrer);
    HttpResponse<String> form = pages.get("/referrer/referrals/new");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body())
        .contains(referrer.displayName())
        .doesNotContain("name=\"referrerName\"");
    HttpResponse<String> shownAgain =
        pages.post(
            "/referrer/referrals/new",
            Map.of(
                "_csrf", PageSession.csrf(form),
                "manGivenName", "Invented-Given",
                "reason", "An invented reason",
                "referredOn.day", "1",
                "referredOn.month", "1",
                "referredOn.year", "2020",
                "sharingBasis", "CONSENT"));
    assertThat(shownAgain.statusCode()).isEqualTo(200);
    assertThat(shownAgain.body())
        .contains("There is a problem")
        .contains("Enter his family name")
        .contains("value=\"Invented-Given\"");
  }

  @Test
  void aReleasedReportIsDownloadedByItsReferrerAndTheirEvaluationComesBack() throws Exception {
    TestArea area = newArea();
    TestArea.User referrer = area.user(Role.REFERRER);
    RiskReportFixture.PlantedReferral planted = RiskReportFixture.plantedReferral(area.id());
    String reference =
        apiReference(
            apiPost(
                referrer.token(),
                "/api/v1/referrer/referrals",
                OnlineReferrers.asAReferrerSendsIt(planted.json())));
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    RiskReportFixture.recordAssessment(assessments, users, reference, worker.username());
    HttpResponse<String> produced =
        apiPost(
            worker.token(),
            "/api/v1/cases/" + reference + "/reports",
            """
            {"contact":"Invented: supervised contact only","supervision":"Invented: monthly",
             "programme":"Invented: attend the group","minutesSpent":60}
            """);
    assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
    long reportId = JSON.readTree(produced.body()).get("id").asLong();
    String release = "/cases/" + reference + "/reports/" + reportId + "/release";

    // Nothing released yet: the referrer has nothing to download.
    assertThat(
            signedIn(referrer)
                .getBytes("/referrer/referrals/" + reference + "/reports/" + reportId + ".pdf")
                .statusCode())
        .isEqualTo(404);

    PageSession workerPages = signedIn(worker);
    HttpResponse<String> page = workerPages.get(release);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(referrer.displayName());
    // On his consent, which he has not given: the sharing gate refuses, beside the basis.
    HttpResponse<String> refused =
        workerPages.post(release, Map.of("_csrf", PageSession.csrf(page), "basis", "CONSENT"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("He has not consented to reports to the referrer");
    HttpResponse<String> released =
        workerPages.post(
            release, Map.of("_csrf", PageSession.csrf(page), "basis", "CHILD_PROTECTION"));
    assertThat(released.statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM case_sharing s JOIN referral r ON r.id = s.referral_id"
                        + " WHERE r.reference = :ref AND s.kind = 'REPORTS_TO_REFERRER'"
                        + " AND s.basis = 'CHILD_PROTECTION'")
                .param("ref", reference)
                .query(Long.class)
                .single())
        .as("the release is recorded as a sharing out of his case")
        .isEqualTo(1);
    HttpResponse<String> again =
        workerPages.post(
            release, Map.of("_csrf", PageSession.csrf(page), "basis", "CHILD_PROTECTION"));
    assertThat(again.body()).contains("Released by");
    assertThat(
            jdbc.sql("SELECT count(*) FROM report_release WHERE report_id = :id")
                .param("id", reportId)
                .query(Long.class)
                .single())
        .as("released once")
        .isEqualTo(1);

    PageSession referrerPages = signedIn(referrer);
    assertThat(referrerPages.get("/referrer/referrals").body())
        .contains("/referrer/referrals/" + reference + "/reports/" + reportId + ".pdf");
    HttpResponse<byte[]> pdf =
        referrerPages.getBytes(
            "/referrer/referrals/" + reference + "/reports/" + reportId + ".pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    String text = RiskReportFixture.pdfText(pdf.body());
    assertThat(text).contains(reference).contains("Invented: supervised contact only");
    WallMarkers.assertNone(planted.needles(), "the released report's PDF", text);
    HttpResponse<byte[]> byApi =
        apiGetBytes(
            referrer.token(),
            "/api/v1/referrer/referrals/" + reference + "/reports/" + reportId + "/pdf");
    assertThat(byApi.statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :ref"
                        + " AND action = 'DOWNLOAD' AND username = :user")
                .param("ref", reference)
                .param("user", referrer.username())
                .query(Long.class)
                .single())
        .as("every download audited")
        .isEqualTo(2);

    String evaluation = "/referrer/referrals/" + reference + "/evaluation";
    HttpResponse<String> form = referrerPages.get(evaluation);
    HttpResponse<String> incomplete =
        referrerPages.post(
            evaluation,
            Map.of(
                "_csrf", PageSession.csrf(form), "assessmentUsefulness", "4", "comments", "Kept"));
    assertThat(incomplete.statusCode()).isEqualTo(200);
    assertThat(incomplete.body()).contains("There is a problem").contains("Kept");
    HttpResponse<String> returned =
        referrerPages.post(
            evaluation,
            Map.of(
                "_csrf", PageSession.csrf(form),
                "assessmentUsefulness", "4",
                "reportUsefulness", "5",
                "herSafety", "4",
                "childrensSafety", "4"));
    assertThat(returned.statusCode()).isEqualTo(302);
    assertThat(referrerPages.get("/referrer/referrals").body()).contains("Returned");
    assertThat(
            jdbc.sql(
                    "SELECT recorded_by FROM referrer_evaluation e JOIN referral r"
                        + " ON r.id = e.referral_id WHERE r.reference = :ref")
                .param("ref", reference)
                .query(String.class)
                .single())
        .isEqualTo(referrer.username());
  }

  private static String referral(TestArea area) {
    return OnlineReferrers.asAReferrerSendsIt(AReferral.in(area).json());
  }

  private static String apiReference(HttpResponse<String> made) {
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    try {
      return JSON.readTree(made.body()).get("reference").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
