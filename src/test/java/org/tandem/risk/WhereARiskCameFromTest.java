package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.RiskReportFixture;

/**
 * Her DASH, completed with her by partner support behind the wall, raises the case to high risk.
 * That she spoke to the service is itself behind the wall: his side (intake, his worker, the
 * children's worker) and every report to the referrer read a neutral reason, on the case, through
 * the API, in the risk history, on the MARAC referral, in their alerts and in the report's PDF.
 * Partner support and managers read where it came from.
 */
class WhereARiskCameFromTest extends TandemTest {

  private static final String SOURCE = "Visible high risk identified by partner support";
  private static final String NEUTRAL = "Information held by the service";
  private static final Pattern PARTNER_ID = Pattern.compile("\"id\":(\\d+),\"relationship\"");

  @Autowired private Assessments assessments;
  @Autowired private UserDetailsService users;

  private TestArea area;
  private String reference;

  @BeforeEach
  void herDashRaisesTheCase() {
    area = newArea();
    // His worker exists when her DASH is saved, so that the alert goes to him.
    area.user(Role.PERPETRATOR_WORKER);
    HttpResponse<String> created =
        apiPost(area.token(Role.INTAKE), "/api/v1/referrals", TestData.referralJson(area.id()));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher ref = Pattern.compile("\"reference\":\"([^\"]+)\"").matcher(created.body());
    assertThat(ref.find()).isTrue();
    reference = ref.group(1);
    String worker = area.token(Role.PARTNER_SUPPORT_WORKER);
    Matcher id = PARTNER_ID.matcher(apiGet(worker, "/api/v1/cases/" + reference).body());
    assertThat(id.find()).isTrue();
    String answers =
        IntStream.rangeClosed(1, 24)
            .mapToObj(n -> "\"" + n + "\": \"" + (n <= 15 ? "YES" : "NO") + "\"")
            .collect(Collectors.joining(", "));
    HttpResponse<String> dash =
        apiPost(
            worker,
            "/api/v1/cases/" + reference + "/partners/" + id.group(1) + "/dash",
            """
            {"completedOn": "%s", "answers": {%s}, "notes": "Invented"}
            """
                .formatted(clock.today(), answers));
    assertThat(dash.statusCode()).as(dash.body()).isEqualTo(201);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"INTAKE", "PERPETRATOR_WORKER", "CHILDRENS_WORKER"})
  void hisSideReadsANeutralReasonEverywhere(Role role) {
    String token = area.token(role);
    String theCase = apiGet(token, "/api/v1/cases/" + reference).body();
    assertThat(theCase)
        .contains("\"riskLevel\":\"HIGH\"")
        .contains("\"riskLevelReason\":\"" + NEUTRAL + "\"")
        .doesNotContainIgnoringCase("partner support")
        .doesNotContain("riskLevelSource");
    PageSession session = signedIn(area.user(role));
    String page = session.get("/cases/" + reference).body();
    assertThat(page).contains(NEUTRAL).doesNotContainIgnoringCase("identified by partner support");

    if (role != Role.INTAKE) {
      HttpResponse<String> risk = apiGet(token, "/api/v1/cases/" + reference + "/risk");
      assertThat(risk.statusCode()).isEqualTo(200);
      assertThat(risk.body())
          .contains("\"levelReason\":\"" + NEUTRAL + "\"")
          .contains("\"trigger\":\"VISIBLE_HIGH_RISK\",\"reason\":\"" + NEUTRAL + "\"")
          .doesNotContainIgnoringCase("partner support");
      String riskPage = session.get("/cases/" + reference + "/risk").body();
      assertThat(riskPage)
          .contains(NEUTRAL)
          .doesNotContainIgnoringCase("identified by partner support");
      assertThat(apiGet(token, "/api/v1/cases/" + reference + "/timeline").body())
          .doesNotContainIgnoringCase("partner support");
      assertThat(session.get("/marac").body()).doesNotContainIgnoringCase("partner support");
    }
    if (role == Role.PERPETRATOR_WORKER) {
      // Nobody is allocated yet, so every perpetrator worker in the area was alerted.
      String alerts = apiGet(token, "/api/v1/alerts").body();
      assertThat(alerts)
          .contains(reference + " is now high risk: information held by the service")
          .doesNotContainIgnoringCase("partner support");
      assertThat(session.get("/alerts").body())
          .contains("information held by the service")
          .doesNotContainIgnoringCase("partner support");
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"PARTNER_SUPPORT_WORKER", "SERVICE_MANAGER"})
  void partnerSupportAndManagersReadWhereItCameFrom(Role role) {
    String token = area.token(role);
    assertThat(apiGet(token, "/api/v1/cases/" + reference).body())
        .contains("\"riskLevelSource\":\"" + SOURCE + "\"");
    assertThat(apiGet(token, "/api/v1/cases/" + reference + "/risk").body())
        .contains("\"levelReason\":\"" + SOURCE + "\"")
        .contains("\"trigger\":\"VISIBLE_HIGH_RISK\",\"reason\":\"" + SOURCE + "\"");
    PageSession session = signedIn(area.user(role));
    assertThat(session.get("/cases/" + reference).body()).contains(SOURCE);
    assertThat(session.get("/cases/" + reference + "/risk").body()).contains(SOURCE);
  }

  @Test
  void theReportToTheReferrerReadsTheNeutralReasonEvenWhenAManagerProducesIt() {
    RiskReportFixture.recordAssessment(
        assessments, users, reference, area.user(Role.PERPETRATOR_WORKER).username());
    HttpResponse<String> report =
        apiPost(
            area.token(Role.SERVICE_MANAGER),
            "/api/v1/cases/" + reference + "/reports",
            """
            {"contact": "Invented contact advice", "supervision": "Invented supervision advice",
             "programme": "Invented programme advice", "minutesSpent": 60}
            """);
    assertThat(report.statusCode()).as(report.body()).isEqualTo(201);
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(report.body());
    assertThat(id.find()).isTrue();
    for (Role reader : new Role[] {Role.SERVICE_MANAGER, Role.PERPETRATOR_WORKER}) {
      HttpResponse<byte[]> pdf =
          apiGetBytes(
              area.token(reader),
              "/api/v1/cases/" + reference + "/reports/" + id.group(1) + "/pdf");
      assertThat(pdf.statusCode()).isEqualTo(200);
      String text = RiskReportFixture.pdfText(pdf.body());
      assertThat(text)
          .as(reader + " reads the report")
          .contains("High: " + NEUTRAL)
          .doesNotContainIgnoringCase("partner support");
      String json =
          apiGet(area.token(reader), "/api/v1/cases/" + reference + "/reports/" + id.group(1))
              .body();
      assertThat(json).contains(NEUTRAL).doesNotContainIgnoringCase("partner support");
    }
  }

  @Test
  void aLaterChangeOfLevelForgetsWhereTheOldOneCameFrom() {
    HttpResponse<String> review =
        apiPost(
            area.token(Role.SERVICE_MANAGER),
            "/api/v1/cases/" + reference + "/risk-reviews",
            """
            {"heldOn": "%s", "attendees": "Invented", "decisions": "Invented decisions",
             "riskLevel": "MEDIUM", "nextReviewOn": "%s"}
            """
                .formatted(clock.today(), clock.today().plusMonths(1)));
    assertThat(review.statusCode()).as(review.body()).isIn(201, 204);
    String theCase = apiGet(area.token(Role.SERVICE_MANAGER), "/api/v1/cases/" + reference).body();
    assertThat(theCase)
        .contains("\"riskLevelReason\":\"Risk review on " + clock.today() + "\"")
        .doesNotContain("riskLevelSource");
  }
}
