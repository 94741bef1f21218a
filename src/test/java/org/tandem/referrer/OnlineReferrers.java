package org.tandem.referrer;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.TestArea;
import org.tandem.access.Accounts;
import org.tandem.access.ApiTokens;
import org.tandem.access.Role;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Referrers for tests: another agency's, in an area of the test's own. Everyone is invented. */
public final class OnlineReferrers {

  private static final JsonMapper JSON = new JsonMapper();

  /** Who referred, in intake's referral: a referrer's account says it, so they never send it. */
  static final List<String> WHO_REFERRED =
      List.of(
          "areaId",
          "referralSource",
          "referralSourceOther",
          "referrerName",
          "referrerOrganisation",
          "referrerPhone",
          "referrerEmail");

  private OnlineReferrers() {}

  /**
   * Intake's referral (an {@code AReferral}'s JSON) as a referrer sends it: without who referred.
   */
  public static String asAReferrerSendsIt(String intakesReferral) {
    ObjectNode body = (ObjectNode) JSON.readTree(intakesReferral);
    WHO_REFERRED.forEach(body::remove);
    return body.toString();
  }

  /** A referrer at a new agency of this kind, referring to the area. */
  static TestArea.User atAnotherAgency(
      Accounts accounts, ApiTokens tokens, JdbcClient jdbc, TestArea area, String kind) {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    String username = ("other.referrer." + suffix).toLowerCase(Locale.ROOT);
    long id =
        accounts.createUser(
            username, "Olwen Other " + suffix, TestArea.PASSWORD, null, List.of(Role.REFERRER));
    accounts.setEmail(id, username + "@example.org");
    long organisation =
        jdbc.sql(
                """
                INSERT INTO referrer_organisation (name, kind, created_at)
                VALUES (:name, :kind, now()) RETURNING id
                """)
            .param("name", "Invented agency " + suffix)
            .param("kind", kind)
            .query(Long.class)
            .single();
    jdbc.sql("INSERT INTO referrer_account (user_id, organisation_id, area_id) VALUES (:u, :o, :a)")
        .param("u", id)
        .param("o", organisation)
        .param("a", area.id())
        .update();
    String token = "tdm_test_" + username.replace('.', '_');
    tokens.store(id, "Test token", token);
    return new TestArea.User(
        id, username, "Olwen Other " + suffix, TestArea.PASSWORD, token, Role.REFERRER);
  }
}
