package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.CurrentUser;
import org.tandem.access.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * A repeat referral through the API: linked to the earlier case named by {@code repeatOf}, refused
 * with a problem naming {@code repeatOf} when that case is not one the caller may open; and a
 * referral logged with no decision is one intake is asked to resolve.
 */
class RepeatReferralApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Autowired PossibleDuplicates duplicates;

  @Test
  void repeatOfLinksTheReferralToTheEarlierCase() {
    TestArea area = newArea();
    String earlier = newCase(area);

    HttpResponse<String> created =
        apiPost(
            area.token(Role.INTAKE),
            "/api/v1/referrals?repeatOf=" + earlier,
            AReferral.in(area).json());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String reference = JSON.readTree(created.body()).get("reference").asString();
    assertThat(
            jdbc.sql(
                    "SELECT r.duplicate_check || ' ' || e.reference FROM referral r"
                        + " JOIN referral e ON e.id = r.repeat_of_referral_id WHERE r.reference = ?")
                .param(reference)
                .query(String.class)
                .single())
        .isEqualTo("REPEAT " + earlier);
  }

  @Test
  void anEarlierCaseTheCallerMayNotOpenIs400NamingRepeatOfAndNothingIsSaved() {
    TestArea mine = newArea();
    TestArea theirs = newArea();
    String theirCase = newCase(theirs);

    for (String repeatOf : new String[] {theirCase, "NOPE-0001", " ", "x".repeat(300)}) {
      HttpResponse<String> refused =
          apiPost(
              mine.token(Role.INTAKE),
              "/api/v1/referrals?repeatOf="
                  + java.net.URLEncoder.encode(repeatOf, java.nio.charset.StandardCharsets.UTF_8),
              AReferral.in(mine).json());

      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(refused.body()).contains("repeatOf", "an earlier case you can open");
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM referral WHERE area_id = ?")
                .param(mine.id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void aReferralLoggedWithoutADecisionIsOneToResolveUntilItIsLinked() {
    TestArea area = newArea();
    TestArea elsewhere = newArea();
    String earlier = newCase(area);
    String unchecked = newCase(area);
    String alone =
        newCase(
            area,
            AReferral.in(area)
                .with("manGivenName", "Quentin")
                .with("manFamilyName", "Larkspurwood")
                .with("manPhone", "07700 900555"));
    newCase(elsewhere);
    TestArea.User intake = area.user(Role.INTAKE);
    CurrentUser user =
        new CurrentUser(
            intake.id(),
            intake.username(),
            intake.displayName(),
            Set.of(Role.INTAKE),
            Set.of(area.id()));

    assertThat(duplicates.unresolvedFor(user))
        .extracting(PossibleDuplicates.Unresolved::reference)
        .containsExactly(earlier, unchecked)
        .doesNotContain(alone);
    assertThat(duplicates.unresolvedFor(user).get(0).possibleMatches()).isOne();

    HttpResponse<String> linked =
        apiPost(
            area.token(Role.INTAKE),
            "/api/v1/referrals?repeatOf=" + earlier,
            AReferral.in(area).json());
    assertThat(linked.statusCode()).isEqualTo(201);
    String repeat = JSON.readTree(linked.body()).get("reference").asString();

    assertThat(duplicates.unresolvedFor(user))
        .extracting(PossibleDuplicates.Unresolved::reference)
        .containsExactly(earlier, unchecked)
        .doesNotContain(repeat);
  }
}
