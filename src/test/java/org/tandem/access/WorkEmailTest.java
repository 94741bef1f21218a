package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;

/**
 * The system administrator gives an account a work email address, by which the council's sign-in
 * finds it: when adding the user and afterwards. Bad and duplicate addresses are refused beside the
 * field, keeping what was typed.
 */
class WorkEmailTest extends TandemTest {

  @Test
  void anAccountAddedWithAnEmailAddressKeepsIt() {
    TestArea area = newArea();
    PageSession admin = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
    String username = "e.added." + area.code().toLowerCase(Locale.ROOT);
    String email = "E.Added." + area.code() + "@Council.example";

    HttpResponse<String> added = admin.post("/admin/users", newUser(admin, username, email));

    assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
    assertThat(emailOf(username)).isEqualTo(email);
    assertThat(admin.get("/admin/users").body()).contains(email);
  }

  @Test
  void aBadAddressIsRefusedBesideTheFieldKeepingWhatWasTyped() {
    TestArea area = newArea();
    PageSession admin = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
    String username = "e.bad." + area.code().toLowerCase(Locale.ROOT);

    HttpResponse<String> refused =
        admin.post("/admin/users", newUser(admin, username, "not-an-address@council"));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Enter an email address in the correct format, like name@example.org")
        .contains("id=\"email-error\"")
        .contains("value=\"not-an-address@council\"");
    assertThat(accountExists(username)).isFalse();
  }

  @Test
  void anAddressAnotherAccountHasIsRefusedWhateverItsLetterCase() {
    TestArea area = newArea();
    PageSession admin = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
    String taken = "taken." + area.code().toLowerCase(Locale.ROOT) + "@council.example";
    jdbc.sql("UPDATE app_user SET email = :e WHERE id = :id")
        .param("e", taken)
        .param("id", area.user(Role.INTAKE).id())
        .update();
    String username = "e.twice." + area.code().toLowerCase(Locale.ROOT);

    HttpResponse<String> refused =
        admin.post("/admin/users", newUser(admin, username, taken.toUpperCase(Locale.ROOT)));

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Another account already has this email address");
    assertThat(accountExists(username)).isFalse();
  }

  @Test
  void theAdministratorSetsChangesAndRemovesAnAddress() {
    TestArea area = newArea();
    PageSession admin = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    String page = "/admin/users/" + worker.id() + "/email";
    String email = worker.username() + "@council.example";

    HttpResponse<String> form = admin.get(page);
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Email address for " + worker.displayName());

    HttpResponse<String> saved = admin.post(page, emailForm(admin, page, " " + email + " "));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(emailOf(worker.username())).isEqualTo(email);
    assertThat(admin.get(page).body()).contains("value=\"" + email + "\"");

    HttpResponse<String> bad = admin.post(page, emailForm(admin, page, "two@@council.example"));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body())
        .contains("Enter an email address in the correct format")
        .contains("value=\"two@@council.example\"");
    assertThat(emailOf(worker.username())).isEqualTo(email);

    String others = area.user(Role.INTAKE).username() + "@council.example";
    admin.post(
        "/admin/users/" + area.user(Role.INTAKE).id() + "/email", emailForm(admin, page, others));
    HttpResponse<String> taken = admin.post(page, emailForm(admin, page, others));
    assertThat(taken.body()).contains("Another account already has this email address");
    assertThat(emailOf(worker.username())).isEqualTo(email);

    assertThat(admin.post(page, emailForm(admin, page, "")).statusCode()).isEqualTo(302);
    assertThat(emailOf(worker.username())).isNull();
  }

  @Test
  void onlyTheSystemAdministratorSetsAddresses() {
    TestArea area = newArea();
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    String page = "/admin/users/" + area.user(Role.INTAKE).id() + "/email";

    assertThat(manager.get(page).statusCode()).isEqualTo(403);
  }

  private static Map<String, String> newUser(PageSession admin, String username, String email) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("_csrf", admin.csrf("/admin/users"));
    form.put("username", username);
    form.put("displayName", "Invented Addressee");
    form.put("roles", Role.INTAKE.name());
    form.put("password", "violet anchor tundra mosaic");
    form.put("email", email);
    return form;
  }

  private static Map<String, String> emailForm(PageSession admin, String page, String email) {
    return Map.of("_csrf", admin.csrf(page), "email", email);
  }

  private String emailOf(String username) {
    return jdbc.sql("SELECT email FROM app_user WHERE username = :u")
        .param("u", username)
        .query((rs, row) -> rs.getString(1))
        .list()
        .get(0);
  }

  private boolean accountExists(String username) {
    return !jdbc.sql("SELECT id FROM app_user WHERE username = :u")
        .param("u", username)
        .query(Long.class)
        .list()
        .equals(List.of());
  }
}
