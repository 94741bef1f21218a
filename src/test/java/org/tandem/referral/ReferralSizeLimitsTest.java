package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A referral holds a reason of at most 5,000 characters and names at most 10 partners and 15
 * children: more is refused through either door with the field named, and nothing is saved. The
 * database holds the reason to the same limit for any writer that skips the rules.
 */
class ReferralSizeLimitsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void theApiRefusesAnOverLongReasonNamingTheField() {
    TestArea area = newArea();

    HttpResponse<String> refused =
        apiPost(
            area.token(Role.INTAKE),
            "/api/v1/referrals",
            AReferral.in(area).with("reason", "r".repeat(5001)).json());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(problems(refused))
        .containsExactly("reason: The reason for the referral must be 5,000 characters or fewer");
    assertThat(casesIn(area)).isZero();
    newCase(area, AReferral.in(area).with("reason", "r".repeat(5000)));
    assertThat(casesIn(area)).isOne();
  }

  @Test
  void theApiRefusesTooManyPartnersAndChildrenNamingEachList() {
    TestArea area = newArea();

    HttpResponse<String> refused =
        apiPost(
            area.token(Role.INTAKE),
            "/api/v1/referrals",
            AReferral.in(area).withPartners(11).withChildren(16).json());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(problems(refused))
        .containsExactly(
            "partners: A referral can name at most 10 partners",
            "children: A referral can name at most 15 children");
    assertThat(casesIn(area)).isZero();
    newCase(area, AReferral.in(area).withPartners(10).withChildren(15));
    assertThat(casesIn(area)).isOne();
  }

  @Test
  void thePageShowsAnOverLongReasonBesideItKeepingWhatWasTyped() {
    TestArea area = newArea();
    PageSession intake = signedIn(area.user(Role.INTAKE));
    String reason = "Invented reason. ".repeat(300);
    Map<String, String> form = referral(area, intake);
    form.put("reason", reason);

    HttpResponse<String> page = intake.post("/referrals/new", form);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("govuk-error-summary")
        .contains("id=\"reason-error\"")
        .contains("The reason for the referral must be 5,000 characters or fewer")
        .contains(reason.strip());
    assertThat(casesIn(area)).isZero();
  }

  @Test
  void thePageRefusesMorePartnersThanAReferralCanNameAndOffersNoMore() {
    TestArea area = newArea();
    PageSession intake = signedIn(area.user(Role.INTAKE));
    Map<String, String> form = referral(area, intake);
    for (int i = 0; i < 11; i++) {
      form.put("partners[" + i + "].relationship", "FORMER");
      form.put("partners[" + i + "].givenName", "Invented" + i);
    }

    HttpResponse<String> page = intake.post("/referrals/new", form);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"partners-error\"")
        .contains("A referral can name at most 10 partners")
        .contains("value=\"Invented10\"")
        .doesNotContain("value=\"addPartner\"");
    assertThat(casesIn(area)).isZero();
  }

  @Test
  void theDatabaseRefusesAnOverLongReasonFromAWriterThatSkipsTheRules() {
    TestArea area = newArea();
    String reference = newCase(area);

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE referral SET reason = repeat('r', 5001) WHERE reference = :r")
                    .param("r", reference)
                    .update())
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("referral_reason_length");
  }

  /** A referral the page would accept, as its form sends it. */
  private Map<String, String> referral(TestArea area, PageSession session) {
    var day = clock.today().minusDays(1);
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", session.csrf("/referrals/new"));
    form.put("action", "save");
    form.put("areaId", String.valueOf(area.id()));
    form.put("referralSource", "POLICE");
    form.put("referrerName", "Robin Casefield");
    form.put("referrerPhone", "07700 900001");
    form.put("reason", "Invented reason");
    form.put("referredOn.day", String.valueOf(day.getDayOfMonth()));
    form.put("referredOn.month", String.valueOf(day.getMonthValue()));
    form.put("referredOn.year", String.valueOf(day.getYear()));
    form.put("manGivenName", "Testy");
    form.put("manFamilyName", "Mctestface");
    form.put("partners[0].relationship", "CURRENT");
    form.put("partners[0].givenName", "Invented");
    form.put("sharingBasis", "CONSENT");
    return form;
  }

  private long casesIn(TestArea area) {
    return jdbc.sql("SELECT count(*) FROM referral WHERE area_id = :area")
        .param("area", area.id())
        .query(Long.class)
        .single();
  }

  private static List<String> problems(HttpResponse<String> response) {
    List<String> problems = new ArrayList<>();
    for (JsonNode e : JSON.readTree(response.body()).get("errors")) {
      problems.add(e.get("field").asString() + ": " + e.get("message").asString());
    }
    return problems;
  }
}
