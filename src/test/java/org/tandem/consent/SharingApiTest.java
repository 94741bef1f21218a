package org.tandem.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sharing out of his case through the API (a report to his referrer, a MARAC referral, information
 * to children's services): each records its lawful basis; one with none, on a consent of his that
 * does not cover it or stands no longer, or on legitimate interests with no reason, is refused with
 * a 400 problem beside the field and nothing saved.
 */
class SharingApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private TestArea area;
  private Family family;
  private String worker;

  @BeforeEach
  void aFamilyOfItsOwn() {
    area = newArea();
    family = newFamily(area);
    worker = area.token(Role.PERPETRATOR_WORKER);
  }

  private HttpResponse<String> share(String kind, String basis, String reason) {
    return apiPost(
        worker,
        family.path() + "/sharings",
        """
        {"kind": "%s", "sharedOn": "%s", "recipient": "Invented probation office",
         "what": "The risk identification report"%s%s}
        """
            .formatted(
                kind,
                clock.today(),
                basis == null ? "" : ", \"basis\": \"" + basis + "\"",
                reason == null ? "" : ", \"basisReason\": \"" + reason + "\""));
  }

  private long hisConsent(String scope, LocalDate given, LocalDate expires) {
    HttpResponse<String> r =
        apiPost(
            worker,
            family.path() + "/consents",
            "{\"scope\": [%s], \"givenOn\": \"%s\", \"expiresOn\": \"%s\"}"
                .formatted(scope, given, expires));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("id").asLong();
  }

  private JsonNode sharings() {
    return JSON.readTree(apiGet(worker, family.path() + "/sharings").body());
  }

  private static void refusedBeside(HttpResponse<String> r, String field, String message) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode errors = JSON.readTree(r.body()).get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
    assertThat(errors.get(0).get("message").asString()).contains(message);
  }

  @Test
  void aSharingWithNoBasisIsRefused() {
    refusedBeside(share("REPORTS_TO_REFERRER", null, null), "basis", "Select the lawful basis");
    assertThat(sharings()).isEmpty();
  }

  @Test
  void hisConsentMustCoverItAndStand() {
    refusedBeside(
        share("REPORTS_TO_REFERRER", "CONSENT", null),
        "basis",
        "He has not consented to reports to the referrer");
    hisConsent("\"MARAC\"", clock.today().minusDays(5), clock.today().plusMonths(3));
    refusedBeside(
        share("REPORTS_TO_REFERRER", "CONSENT", null),
        "basis",
        "He has not consented to reports to the referrer");
    LocalDate expired = clock.today().minusDays(1);
    hisConsent("\"REPORTS_TO_REFERRER\"", clock.today().minusYears(1), expired);
    refusedBeside(
        share("REPORTS_TO_REFERRER", "CONSENT", null),
        "basis",
        "His consent to reports to the referrer expired on " + DAY.format(expired));
    assertThat(sharings()).isEmpty();
  }

  @Test
  void onHisConsentItGoesAndAWithdrawalStopsTheNext() {
    long id =
        hisConsent(
            "\"REPORTS_TO_REFERRER\"", clock.today().minusDays(5), clock.today().plusYears(1));
    HttpResponse<String> made = share("REPORTS_TO_REFERRER", "CONSENT", null);
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    HttpResponse<String> withdrawn =
        apiPost(
            worker,
            family.path() + "/consents/" + id + "/withdrawal",
            "{\"withdrawnOn\": \"%s\", \"how\": \"IN_WRITING\", \"version\": 0}"
                .formatted(clock.today()));
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
    refusedBeside(
        share("REPORTS_TO_REFERRER", "CONSENT", null),
        "basis",
        "His consent to reports to the referrer was withdrawn on " + DAY.format(clock.today()));
    JsonNode list = sharings();
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("consentWithdrawnOn").asString())
        .isEqualTo(clock.today().toString());
  }

  @Test
  void childrensServicesOnChildProtectionAndLegitimateInterestsWithAReason() {
    HttpResponse<String> children = share("CHILDRENS_SERVICES", "CHILD_PROTECTION", null);
    assertThat(children.statusCode()).as(children.body()).isEqualTo(201);
    refusedBeside(share("MARAC", "LEGITIMATE_INTERESTS", null), "basisReason", "Enter why");
    HttpResponse<String> marac =
        share("MARAC", "LEGITIMATE_INTERESTS", "Invented: the risk to the family is rising");
    assertThat(marac.statusCode()).as(marac.body()).isEqualTo(201);
    JsonNode list = sharings();
    assertThat(list).hasSize(2);
    assertThat(list.findValuesAsString("basis"))
        .containsExactlyInAnyOrder("CHILD_PROTECTION", "LEGITIMATE_INTERESTS");
    assertThat(
            signedIn(area.user(Role.CHILDRENS_WORKER)).get("/cases/" + family.reference()).body())
        .contains("Information shared out of the service")
        .contains("Child protection");
  }

  @Test
  void herReferralsOnAreNotSharedFromHisCase() {
    refusedBeside(share("REFUGE", "VITAL_INTERESTS", null), "kind", "her referrals on");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :r"
                        + " AND what = 'sharings out of his case'")
                .param("r", family.reference())
                .query(Long.class)
                .single())
        .isZero();
    sharings();
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :r"
                        + " AND what = 'sharings out of his case'")
                .param("r", family.reference())
                .query(Long.class)
                .single())
        .as("a read of his sharings is audited")
        .isEqualTo(1);
  }

  @Test
  void theFormFromAMaracReferralHasMaracChosen() {
    String form =
        signedIn(area.user(Role.PERPETRATOR_WORKER))
            .get("/cases/" + family.reference() + "/sharings/new?kind=MARAC")
            .body();
    assertThat(form).containsPattern("value=\"MARAC\"[^>]*checked");
    assertThat(
            signedIn(area.user(Role.PERPETRATOR_WORKER))
                .get("/cases/" + family.reference() + "/sharings/new?kind=REFUGE")
                .body())
        .as("her referrals on are not offered on his case")
        .doesNotContain("value=\"REFUGE\"");
  }
}
