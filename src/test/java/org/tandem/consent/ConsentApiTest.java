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
 * Lawful basis and consent as gates, through the API: her referral on is refused without a basis,
 * on a consent she never gave for it, on one expired or withdrawn, and on legitimate interests
 * without a reason; each refusal is a 400 problem naming the basis field and saying why, and saves
 * nothing. A consent that covers it lets it go, and the referral keeps the consent it relied on;
 * once she withdraws it, the referral already made stays, marked so, and the next is refused.
 */
class ConsentApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private TestArea area;
  private Family family;
  private String worker;
  private String her;

  @BeforeEach
  void aFamilyOfItsOwn() {
    area = newArea();
    family = newFamily(area);
    worker = area.token(Role.PARTNER_SUPPORT_WORKER);
    her = family.path() + "/partners/" + family.partner(0);
  }

  private LocalDate today() {
    return clock.today();
  }

  private HttpResponse<String> referOn(String service, String basis, String reason) {
    return apiPost(
        worker,
        her + "/referrals-on",
        """
        {"service": "%s", "referredOn": "%s", "detail": "Invented refuge"%s%s}
        """
            .formatted(
                service,
                today(),
                basis == null ? "" : ", \"basis\": \"" + basis + "\"",
                reason == null ? "" : ", \"basisReason\": \"" + reason + "\""));
  }

  private long consent(String scope, LocalDate given, LocalDate expires) {
    HttpResponse<String> r =
        apiPost(
            worker,
            her + "/consents",
            """
            {"scope": [%s], "givenOn": "%s", "expiresOn": "%s"}
            """
                .formatted(scope, given, expires));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body()).get("id").asLong();
  }

  private JsonNode referralsOn() {
    HttpResponse<String> r = apiGet(worker, her);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).get("referralsOn");
  }

  private static void refusedBeside(HttpResponse<String> r, String field, String message) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    JsonNode errors = JSON.readTree(r.body()).get("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("field").asString()).isEqualTo(field);
    assertThat(errors.get(0).get("message").asString()).contains(message);
  }

  @Test
  void aReferralOnWithNoBasisIsRefused() {
    refusedBeside(referOn("REFUGE", null, null), "basis", "Select the lawful basis");
    assertThat(referralsOn()).isEmpty();
  }

  @Test
  void consentNeverGivenForItIsRefused() {
    refusedBeside(
        referOn("REFUGE", "CONSENT", null),
        "basis",
        "She has not consented to referrals to refuges");
    assertThat(referralsOn()).isEmpty();
  }

  @Test
  void consentThatDoesNotCoverItIsRefused() {
    consent("\"IDVA\", \"HOUSING\"", today().minusDays(3), today().plusMonths(6));
    refusedBeside(
        referOn("REFUGE", "CONSENT", null),
        "basis",
        "She has not consented to referrals to refuges");
    assertThat(referOn("IDVA", "CONSENT", null).statusCode()).isEqualTo(201);
    assertThat(referralsOn()).hasSize(1);
  }

  @Test
  void anExpiredConsentIsRefusedSayingWhenItExpired() {
    LocalDate expired = today().minusDays(1);
    consent("\"REFUGE\"", today().minusMonths(6), expired);
    refusedBeside(
        referOn("REFUGE", "CONSENT", null),
        "basis",
        "Her consent to referrals to refuges expired on " + DAY.format(expired));
    assertThat(referralsOn()).isEmpty();
  }

  @Test
  void legitimateInterestsNeedsAReason() {
    refusedBeside(
        referOn("HOUSING", "LEGITIMATE_INTERESTS", "  "), "basisReason", "Enter why sharing");
    assertThat(referralsOn()).isEmpty();
    HttpResponse<String> r =
        referOn("HOUSING", "LEGITIMATE_INTERESTS", "Invented: her tenancy ends this week");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode made = referralsOn().get(0);
    assertThat(made.get("basis").asString()).isEqualTo("LEGITIMATE_INTERESTS");
    assertThat(made.get("basisReason").asString())
        .isEqualTo("Invented: her tenancy ends this week");
  }

  @Test
  void aLegalBasisNeedsNoConsent() {
    HttpResponse<String> r = referOn("MARAC", "VITAL_INTERESTS", null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(referralsOn().get(0).get("basis").asString()).isEqualTo("VITAL_INTERESTS");
  }

  @Test
  void withdrawnConsentStopsEveryLaterSharingAndMarksThoseMade() {
    LocalDate given = today().minusDays(10);
    long id = consent("\"REFUGE\", \"IDVA\"", given, today().plusMonths(6));
    HttpResponse<String> first = referOn("REFUGE", "CONSENT", null);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(
            jdbc.sql("SELECT consent_id FROM partner_referral_on WHERE partner_id = :p")
                .param("p", family.partner(0))
                .query(Long.class)
                .single())
        .as("the referral points at the consent it relied on")
        .isEqualTo(id);

    String withdrawal =
        """
        {"withdrawnOn": "%s", "how": "BY_PHONE", "version": 0}
        """
            .formatted(today());
    HttpResponse<String> withdrawn =
        apiPost(worker, her + "/consents/" + id + "/withdrawal", withdrawal);
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
    HttpResponse<String> again =
        apiPost(worker, her + "/consents/" + id + "/withdrawal", withdrawal);
    assertThat(again.statusCode()).as("a withdrawal of the version already changed").isEqualTo(409);

    for (String service : new String[] {"REFUGE", "IDVA"}) {
      refusedBeside(
          referOn(service, "CONSENT", null),
          "basis",
          "Her consent to "
              + (service.equals("REFUGE") ? "referrals to refuges" : "referrals to an IDVA")
              + " was withdrawn on "
              + DAY.format(today()));
    }
    JsonNode made = referralsOn();
    assertThat(made).hasSize(1);
    assertThat(made.get(0).get("consentGivenOn").asString()).isEqualTo(given.toString());
    assertThat(made.get(0).get("consentWithdrawnOn").asString()).isEqualTo(today().toString());

    JsonNode consents = JSON.readTree(apiGet(worker, her + "/consents").body());
    assertThat(consents).hasSize(1);
    assertThat(consents.get(0).get("withdrawnHow").asString()).isEqualTo("BY_PHONE");
    assertThat(consents.get(0).get("standingToday").asString()).isEqualTo("WITHDRAWN");
    assertThat(consents.get(0).get("version").asInt()).isEqualTo(1);
  }

  @Test
  void aNewConsentAfterAWithdrawalLetsSharingGoAgain() {
    long id = consent("\"REFUGE\"", today().minusDays(10), today().plusMonths(6));
    apiPost(
        worker,
        her + "/consents/" + id + "/withdrawal",
        "{\"withdrawnOn\": \"%s\", \"how\": \"IN_PERSON\", \"version\": 0}"
            .formatted(today().minusDays(2)));
    assertThat(referOn("REFUGE", "CONSENT", null).statusCode()).isEqualTo(400);
    consent("\"REFUGE\"", today(), today().plusMonths(3));
    assertThat(referOn("REFUGE", "CONSENT", null).statusCode()).isEqualTo(201);
  }

  @Test
  void aConsentIsCheckedAsItIsRecorded() {
    HttpResponse<String> empty =
        apiPost(
            worker,
            her + "/consents",
            "{\"scope\": [], \"givenOn\": \"%s\", \"expiresOn\": \"%s\"}"
                .formatted(today(), today().plusDays(1)));
    refusedBeside(empty, "scope", "Select what the consent covers");
    HttpResponse<String> his =
        apiPost(
            worker,
            her + "/consents",
            "{\"scope\": [\"REPORTS_TO_REFERRER\"], \"givenOn\": \"%s\", \"expiresOn\": \"%s\"}"
                .formatted(today(), today().plusDays(1)));
    refusedBeside(his, "scope", "Select only what");
    HttpResponse<String> backwards =
        apiPost(
            worker,
            her + "/consents",
            "{\"scope\": [\"REFUGE\"], \"givenOn\": \"%s\", \"expiresOn\": \"%s\"}"
                .formatted(today(), today().minusDays(1)));
    refusedBeside(backwards, "expiresOn", "on or after the date given");
    HttpResponse<String> future =
        apiPost(
            worker,
            her + "/consents",
            "{\"scope\": [\"REFUGE\"], \"givenOn\": \"%s\", \"expiresOn\": \"%s\"}"
                .formatted(today().plusDays(1), today().plusDays(9)));
    refusedBeside(future, "givenOn", "today or earlier");
    assertThat(JSON.readTree(apiGet(worker, her + "/consents").body())).isEmpty();
  }

  @Test
  void hisConsentsAreOnHisCaseWithTheirHistory() {
    String perpetratorWorker = area.token(Role.PERPETRATOR_WORKER);
    HttpResponse<String> made =
        apiPost(
            perpetratorWorker,
            family.path() + "/consents",
            "{\"scope\": [\"REPORTS_TO_REFERRER\"], \"givenOn\": \"%s\", \"expiresOn\": \"%s\"}"
                .formatted(today(), today().plusYears(1)));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    long id = JSON.readTree(made.body()).get("id").asLong();
    HttpResponse<String> refuge =
        apiPost(
            perpetratorWorker,
            family.path() + "/consents",
            "{\"scope\": [\"REFUGE\"], \"givenOn\": \"%s\", \"expiresOn\": \"%s\"}"
                .formatted(today(), today().plusYears(1)));
    refusedBeside(refuge, "scope", "Select only what");
    HttpResponse<String> withdrawn =
        apiPost(
            perpetratorWorker,
            family.path() + "/consents/" + id + "/withdrawal",
            "{\"withdrawnOn\": \"%s\", \"how\": \"IN_WRITING\", \"version\": 0}"
                .formatted(today()));
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
    JsonNode his = JSON.readTree(apiGet(perpetratorWorker, family.path() + "/consents").body());
    assertThat(his).hasSize(1);
    assertThat(his.get(0).get("withdrawnOn").asString()).isEqualTo(today().toString());
    assertThat(
            signedIn(area.user(Role.PERPETRATOR_WORKER)).get("/cases/" + family.reference()).body())
        .contains("His consents to sharing")
        .contains("Reports to the referrer")
        .doesNotContain("Her consents to sharing");
  }

  @Test
  void everyReadAndWriteOfAConsentIsAudited() {
    long id = consent("\"REFUGE\"", today(), today().plusMonths(1));
    apiGet(worker, her + "/consents");
    apiPost(
        worker,
        her + "/consents/" + id + "/withdrawal",
        "{\"withdrawnOn\": \"%s\", \"how\": \"IN_PERSON\", \"version\": 0}".formatted(today()));
    assertThat(
            jdbc.sql(
                    """
                    SELECT action || ' ' || what FROM audit_event
                    WHERE case_reference = :r AND what LIKE '%consent%'
                    """)
                .param("r", family.reference())
                .query(String.class)
                .list())
        .contains(
            "CREATE partner consent", "READ partner consents", "UPDATE partner consent withdrawn");
  }
}
