package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;

/**
 * A manager who reads Welsh is told in Welsh what is wrong with the historical import form, the
 * national dataset's dates and an exclusion sent to the API, beside each field and with what was
 * typed kept; someone reading English is told in the English of before.
 */
class WelshOutcomesProblemsTest extends TandemTest {

  private static final String EXCLUSIONS = "/api/v1/outcomes/repeat-victimisation/exclusions";

  private TestArea own;

  @BeforeEach
  void anAreaOfItsOwn() {
    own = newArea();
  }

  private static String shown(HttpResponse<String> page) {
    return page.body().replace("&#39;", "'");
  }

  @Test
  void theImportFormsProblemsAreWelsh() {
    PageSession manager = signedIn(own.likeDemoUser("manager"));
    String csrf = manager.csrf("/outcomes/import?lang=cy");
    HttpResponse<String> refused =
        manager.post(
            "/outcomes/import",
            Map.of(
                "_csrf", csrf,
                "area", "",
                "source", "",
                "fromMonth", "13",
                "fromYear", "2007",
                "toMonth", "",
                "toYear", "2008"));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(shown(refused))
        .contains("Dewiswch yr ardal y mae'r achosion yn perthyn iddi")
        .contains("Rhowch o ble mae'r tabl yn dod, er enghraifft y gwerthusiad a'r fwrdeistref")
        .contains(
            "Rhaid i'r mis y mae'r cyfnod yn dechrau fod yn fis a blwyddyn go iawn, er enghraifft 1"
                + " 2007")
        .contains(
            "Rhaid i'r mis y mae'r cyfnod yn dod i ben fod yn fis a blwyddyn go iawn, er enghraifft"
                + " 1 2007")
        .contains("Dewiswch ffeil CSV i'w huwchlwytho")
        .contains("value=\"2008\"")
        .doesNotContain("Select the area")
        .doesNotContain("Enter where the table comes from")
        .doesNotContain("must be a real month")
        .doesNotContain("Select a CSV file");
  }

  @Test
  void theNationalDatasetsDatesAreCheckedInWelsh() {
    PageSession manager = signedIn(own.likeDemoUser("manager"));
    HttpResponse<String> refused =
        manager.get(
            "/outcomes/national-dataset?lang=cy&format=csv&area="
                + "&from.day=31&from.month=2&from.year=2026&to.day=&to.month=&to.year=");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(shown(refused))
        .contains("Rhaid i'r dyddiad atgyfeirio cyntaf fod yn ddyddiad go iawn")
        .contains("Rhowch y dyddiad atgyfeirio olaf")
        .contains("value=\"31\"")
        .doesNotContain("must be a real date")
        .doesNotContain("Enter the last referral date");
  }

  @Test
  void anExclusionSentToTheApiInWelshIsRefusedInWelshAndInEnglishAsBefore() {
    String token = own.likeDemoUser("manager").token();
    String empty = "{\"area\":\"" + own.code() + "\",\"caseCode\":\"NO-SUCH\",\"reason\":\"\"}";

    HttpResponse<String> welsh = apiPost(token, EXCLUSIONS + "?lang=cy", empty);
    assertThat(welsh.statusCode()).as(welsh.body()).isEqualTo(400);
    assertThat(welsh.body())
        .contains("Rhowch pam nad yw'r gwasanaeth yn ymwneud â'r achos mwyach")
        .contains("Does dim achos gyda'r cod hwnnw yn " + own.area().name())
        .doesNotContain("Enter why");

    String longCode = "{\"area\":\"" + "A".repeat(21) + "\",\"caseCode\":\"X\",\"reason\":\"x\"}";
    HttpResponse<String> tooLong = apiPost(token, EXCLUSIONS + "?lang=cy", longCode);
    assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("Rhaid i god yr ardal fod yn 20 nod neu lai");

    HttpResponse<String> english = apiPost(token, EXCLUSIONS, empty);
    assertThat(english.statusCode()).as(english.body()).isEqualTo(400);
    assertThat(english.body())
        .contains("Enter why the service is no longer involved")
        .contains("There is no case with that code in " + own.area().name());
  }
}
