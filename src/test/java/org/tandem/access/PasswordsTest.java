package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;

/**
 * Wherever a password is set (the administrator's new account, a user's own change), a common or
 * guessable one, or one holding the person's name, is refused beside its field with why, keeping
 * everything else typed; a long random passphrase is taken.
 */
class PasswordsTest extends TandemTest {

  private static final String STRONG = "violet anchor tundra mosaic";

  @Autowired Accounts accounts;

  @Test
  void theAdministratorCannotGiveANewAccountAWeakPassword() {
    TestArea area = newArea();
    PageSession admin = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
    String username = "r.fenwick." + area.code().toLowerCase(Locale.ROOT);

    for (Map.Entry<String, String> weak :
        Map.of(
                "aaaaaaaaaaaa",
                "Repeats like",
                "password1234",
                "common password",
                "Fenwick harbour lantern",
                "must not contain the username or the person",
                "r.fenwick-" + area.code() + "-x",
                "must not contain the username")
            .entrySet()) {
      HttpResponse<String> refused = addUser(admin, username, weak.getKey());

      assertThat(refused.statusCode()).as(weak.getKey()).isEqualTo(200);
      assertThat(refused.body())
          .as(weak.getKey())
          .contains("govuk-error-summary", "href=\"#password\"", "id=\"password-error\"")
          .contains(weak.getValue())
          .contains("value=\"" + username + "\"", "value=\"Rosa Fenwick\"")
          .doesNotContain("value=\"" + weak.getKey() + "\"");
      assertThat(accounts.usernameTaken(username)).isFalse();
    }

    HttpResponse<String> created = addUser(admin, username, STRONG);

    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(accounts.usernameTaken(username)).isTrue();
    PageSession.signedIn(baseUrl(), username, STRONG);
  }

  @Test
  void noOneCanChangeTheirOwnPasswordToAWeakOne() {
    String username = TestData.marker("pw").toLowerCase(Locale.ROOT);
    accounts.createUser(
        username, "Invented Harbourmaster", "Invented-pass-2026", null, List.of(Role.INTAKE));
    PageSession browser = PageSession.signedIn(baseUrl(), username, "Invented-pass-2026");

    for (Map.Entry<String, String> weak :
        Map.of(
                "aaaaaaaaaaaa", "Repeats like",
                "password1234", "common password",
                "harbourmaster lantern 7", "must not contain your username or your name")
            .entrySet()) {
      HttpResponse<String> refused = changePassword(browser, weak.getKey());

      assertThat(refused.statusCode()).as(weak.getKey()).isEqualTo(200);
      assertThat(refused.body())
          .as(weak.getKey())
          .contains("govuk-error-summary", "href=\"#newPassword\"", "id=\"newPassword-error\"")
          .contains(weak.getValue())
          .doesNotContain("value=\"" + weak.getKey() + "\"");
    }
    PageSession.signedIn(baseUrl(), username, "Invented-pass-2026");

    HttpResponse<String> changed = changePassword(browser, STRONG);

    assertThat(changed.statusCode()).isEqualTo(302);
    PageSession.signedIn(baseUrl(), username, STRONG);
  }

  @Test
  void aLongPassphraseIsTakenButOneOver128CharactersIsRefused() {
    String username = TestData.marker("pw").toLowerCase(Locale.ROOT);
    accounts.createUser(
        username, "Invented Lockkeeper", "Invented-pass-2026", null, List.of(Role.INTAKE));
    PageSession browser = PageSession.signedIn(baseUrl(), username, "Invented-pass-2026");
    String sixtyFour = "copper kettle whistles over the quiet marsh at dawn, 41 herons!!";
    String tooLong = sixtyFour + sixtyFour + "!";

    HttpResponse<String> refused = changePassword(browser, tooLong);
    // bcrypt keeps 72 bytes at most: longer is refused beside the field, never a failure to save.
    HttpResponse<String> overBytes = changePassword(browser, sixtyFour + " otter lamp");
    HttpResponse<String> emoji = changePassword(browser, "🦦🌙🏮🪁🧭 ".repeat(4));

    assertThat(sixtyFour).hasSize(64);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"newPassword-error\"", "128 characters or fewer");
    assertThat(changePassword(browser, sixtyFour).statusCode()).isEqualTo(302);
    PageSession.signedIn(baseUrl(), username, sixtyFour);
  }

  private static HttpResponse<String> addUser(PageSession admin, String username, String password) {
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", admin.csrf("/admin/users"));
    form.put("username", username);
    form.put("displayName", "Rosa Fenwick");
    form.put("roles", Role.INTAKE.name());
    form.put("password", password);
    return admin.post("/admin/users", form);
  }

  private static HttpResponse<String> changePassword(PageSession browser, String replacement) {
    return browser.post(
        "/account/password",
        Map.of(
            "_csrf",
            browser.csrf("/account"),
            "currentPassword",
            "Invented-pass-2026",
            "newPassword",
            replacement,
            "confirmPassword",
            replacement));
  }
}
