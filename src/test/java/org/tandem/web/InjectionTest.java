package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * Text typed into Tandem is only ever text: a name that looks like markup is shown as those
 * characters and never runs in the browser, and one that looks like SQL is stored and searched for
 * as itself, never as part of a statement.
 */
class InjectionTest extends TandemTest {

  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String SQL = "O'Brien'); DROP TABLE referral; --";

  @Test
  void markupInANameIsShownAsTextOnThePages() {
    TestArea area = newArea();
    Family family =
        newFamily(AReferral.in(area).with("manGivenName", SCRIPT).with("manFamilyName", "Tester"));

    HttpResponse<String> page =
        signedIn(area.user(Role.PERPETRATOR_WORKER)).get("/cases/" + family.reference());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain(SCRIPT)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
  }

  @Test
  void sqlInANameIsStoredAndSearchedForAsText() {
    TestArea area = newArea();
    String token = area.token(Role.PERPETRATOR_WORKER);
    Family family =
        newFamily(AReferral.in(area).with("manGivenName", "Sean").with("manFamilyName", SQL));
    newFamily(AReferral.in(area).with("manGivenName", "Other").with("manFamilyName", "Person"));

    HttpResponse<String> found =
        apiGet(token, "/api/v1/cases?q=" + URLEncoder.encode(SQL, StandardCharsets.UTF_8));
    HttpResponse<String> always =
        apiGet(
            token, "/api/v1/cases?q=" + URLEncoder.encode("' OR '1'='1", StandardCharsets.UTF_8));

    assertThat(found.statusCode()).isEqualTo(200);
    assertThat(found.body()).contains(family.reference()).doesNotContain("Other");
    assertThat(always.statusCode()).isEqualTo(200);
    assertThat(always.body()).contains("\"total\":0");
    assertThat(
            jdbc.sql("SELECT count(*) FROM referral WHERE area_id = ?")
                .param(area.id())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }
}
