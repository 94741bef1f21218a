package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * "Find a woman": her details are sealed, so partner support finds her by the keyed hash of her
 * exact phone number, email address or full name, however it is typed, in the areas they cover;
 * part of a value finds no one, a woman in another area is not found, every case shown is audited,
 * and every perpetrator-facing role is refused before anything is read.
 */
class FindHerTest extends TandemTest {

  private record Her(Family family, String given, String family_, String phone, String email) {}

  private Her referred(TestArea area) {
    String mark = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 40), 36);
    int digits = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    String given = "Wren" + mark;
    String family = "Ashdown" + mark;
    String phone = "07700 9" + String.valueOf(digits).substring(0, 2) + " " + (digits % 1000 + 100);
    String email = "wren." + mark + "@example.org";
    Family referred =
        newFamily(
            AReferral.in(area)
                .withPartner(given, family, phone, email, "1 Imaginary Lane", "Mornings"));
    return new Her(referred, given, family, phone, email);
  }

  private static String q(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void partnerSupportFindsHerByAnExactPhoneEmailOrName() {
    TestArea area = newArea();
    Her her = referred(area);
    String token = area.token(Role.PARTNER_SUPPORT_WORKER);
    String reference = her.family().reference();

    for (String query :
        new String[] {
          "phone=" + q("+44 " + her.phone().substring(1)),
          "phone=" + q(her.phone().replace(" ", "")),
          "email=" + q(her.email().toUpperCase()),
          "name=" + q("  " + her.given().toLowerCase() + "   " + her.family_() + " "),
          "phone=" + q(her.phone()) + "&name=" + q(her.given() + " " + her.family_())
        }) {
      HttpResponse<String> found = apiGet(token, "/api/v1/partners?" + query);
      assertThat(found.statusCode()).as(query).isEqualTo(200);
      assertThat(found.body())
          .as(query)
          .contains("\"reference\":\"" + reference + "\"")
          .contains("\"partnerId\":" + her.family().partner(0))
          .contains(her.given() + " " + her.family_())
          .contains("\"total\":1");
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE case_reference = :r AND what = 'find a"
                        + " woman' AND action = 'LIST'")
                .param("r", reference)
                .query(Long.class)
                .single())
        .as("every search that showed her case is audited")
        .isEqualTo(5);

    // A manager covering the area finds her too.
    assertThat(
            apiGet(area.token(Role.SERVICE_MANAGER), "/api/v1/partners?email=" + q(her.email()))
                .body())
        .contains(reference);
  }

  @Test
  void partOfAValueOrAnotherAreasWomanIsNotFound() {
    TestArea area = newArea();
    Her her = referred(area);
    TestArea elsewhere = newArea();
    Her other = referred(elsewhere);
    String token = area.token(Role.PARTNER_SUPPORT_WORKER);

    for (String query :
        new String[] {
          "name=" + q(her.given()),
          "name=" + q(her.given() + " " + her.family_().substring(0, 5)),
          "email=" + q(her.email().substring(0, her.email().indexOf('@') + 4)),
          "phone=" + q(otherLastDigit(her.phone())),
          "phone=" + q(her.phone()) + "&email=" + q(other.email()),
          "email=" + q(other.email()),
          "name=" + q(other.given() + " " + other.family_())
        }) {
      HttpResponse<String> found = apiGet(token, "/api/v1/partners?" + query);
      assertThat(found.statusCode()).as(query).isEqualTo(200);
      assertThat(found.body()).as(query).contains("\"total\":0").contains("\"items\":[]");
    }
  }

  /** The same number but for its last digit, which is always changed. */
  private static String otherLastDigit(String phone) {
    int last = phone.charAt(phone.length() - 1) - '0';
    return phone.substring(0, phone.length() - 1) + (last + 1) % 10;
  }

  @Test
  void badSearchesAreAProblemNamingTheFieldNeverAServerError() {
    TestArea area = newArea();
    String token = area.token(Role.PARTNER_SUPPORT_WORKER);
    HttpResponse<String> none = apiGet(token, "/api/v1/partners");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("phone").contains("Enter her phone number, email address");
    HttpResponse<String> partial =
        apiGet(token, "/api/v1/partners?phone=07700&email=nobody&name=" + "x".repeat(200));
    assertThat(partial.statusCode()).isEqualTo(400);
    assertThat(partial.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
    assertThat(partial.body()).contains("\"phone\"").contains("\"email\"").contains("\"name\"");
    assertThat(partial.body()).doesNotContain("nobody");

    PageSession page = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    HttpResponse<String> shown = page.get("/partner-support/find?phone=07700&email=&name=");
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("Error: Find a woman – Tandem")
        .contains("id=\"phone-error\"")
        .contains("Enter her whole phone number")
        .contains("value=\"07700\"");
  }

  @Test
  void thePageListsHerWithALinkToHerRecord() {
    TestArea area = newArea();
    Her her = referred(area);
    PageSession page = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    assertThat(page.get("/partner-support/find").body())
        .contains("Find a woman")
        .doesNotContain("women found");
    HttpResponse<String> found = page.get("/partner-support/find?email=" + q(her.email()));
    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body())
        .contains("1 woman found")
        .contains(
            "href=\"/cases/"
                + her.family().reference()
                + "/partners/"
                + her.family().partner(0)
                + "\"")
        .contains(her.given() + " " + her.family_());
  }

  @Test
  void everyPerpetratorFacingRoleIsRefused() {
    TestArea area = newArea();
    Her her = referred(area);
    for (Role role : new Role[] {Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER}) {
      HttpResponse<String> api =
          apiGet(area.token(role), "/api/v1/partners?phone=" + q(her.phone()));
      assertThat(api.statusCode()).as(role.name()).isEqualTo(403);
      assertThat(api.body()).as(role.name()).doesNotContain(her.given());
      HttpResponse<String> page =
          signedIn(area.user(role)).get("/partner-support/find?phone=" + q(her.phone()));
      assertThat(page.statusCode()).as(role.name()).isEqualTo(403);
      assertThat(page.body()).as(role.name()).doesNotContain(her.given());
    }
  }
}
