package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An administrator who reads Welsh is told what is wrong with a new user, team or area in Welsh,
 * beside the field, and an API caller who chose Welsh gets its problems in Welsh; in English the
 * words are as they were.
 */
class WelshAccessProblemsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private PageSession welshAdministrator(TestArea area) {
    PageSession admin = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
    assertThat(admin.get("/admin/users?lang=cy").body()).contains("<html lang=\"cy\"");
    return admin;
  }

  private static String errorOf(Document page, String field) {
    return page.select("#" + field + "-error").text();
  }

  @Test
  void anEmptyNewUserIsRefusedInWelshBesideEachField() {
    PageSession admin = welshAdministrator(newArea());

    HttpResponse<String> refused =
        admin.post(
            "/admin/users",
            Map.of(
                "_csrf", admin.csrf("/admin/users"),
                "username", "",
                "displayName", "",
                "password", "",
                "email", "not-an-address"));

    assertThat(refused.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(refused.body());
    assertThat(errorOf(page, "username")).contains("Rhowch enw defnyddiwr");
    assertThat(errorOf(page, "displayName")).contains("Rhowch enw'r unigolyn");
    assertThat(errorOf(page, "password")).contains("Rhowch gyfrinair cyntaf");
    assertThat(errorOf(page, "email"))
        .contains("Rhowch gyfeiriad e-bost yn y fformat cywir, fel name@example.org");
    assertThat(page.text())
        .contains("Dewiswch o leiaf un rôl")
        .doesNotContain("Enter a username", "Select at least one role", "Enter an email address");
  }

  @Test
  void aWeakPasswordAndATakenTeamNameAreRefusedInWelsh() {
    TestArea area = newArea();
    PageSession admin = welshAdministrator(area);

    HttpResponse<String> weak =
        admin.post(
            "/admin/users",
            Map.of(
                "_csrf",
                admin.csrf("/admin/users"),
                "username",
                "w.weak." + area.code().toLowerCase(java.util.Locale.ROOT),
                "displayName",
                "Invented Weakling",
                "roles",
                Role.INTAKE.name(),
                "password",
                "password1234"));
    assertThat(errorOf(Jsoup.parse(weak.body()), "password"))
        .contains("Dewiswch gyfrinair sy'n anoddach ei ddyfalu.")
        .doesNotContain("common password");

    HttpResponse<String> empty =
        admin.post("/admin/teams", Map.of("_csrf", admin.csrf("/admin/teams"), "name", ""));
    Document page = Jsoup.parse(empty.body());
    assertThat(errorOf(page, "name")).contains("Rhowch enw'r tîm");
    assertThat(page.text()).contains("Dewiswch o leiaf un ardal").doesNotContain("Enter the team");
  }

  @Test
  void anEmptyAreaIsRefusedInWelshOnThePageAndThroughTheApi() {
    TestArea area = newArea();
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    manager.get("/areas?lang=cy");

    HttpResponse<String> refused =
        manager.post("/areas", Map.of("_csrf", manager.csrf("/areas"), "code", "", "name", ""));
    Document page = Jsoup.parse(refused.body());
    assertThat(errorOf(page, "code")).contains("Rhowch god ar gyfer yr ardal");
    assertThat(errorOf(page, "name")).contains("Rhowch enw'r ardal");

    HttpResponse<String> api =
        api()
            .inWelsh()
            .post(
                area.token(Role.SERVICE_MANAGER),
                "/api/v1/areas",
                "{\"code\": \"1\", \"name\": \"\"}");
    assertThat(api.statusCode()).isEqualTo(400);
    JsonNode problems = JSON.readTree(api.body());
    assertThat(problems.toString())
        .contains("Rhaid i'r cod fod rhwng 2 ac 8 llythyren, fel NEW")
        .contains("Rhowch enw'r ardal")
        .doesNotContain("Enter the area");
  }

  @Test
  void inEnglishTheWordsAreUnchanged() {
    TestArea area = newArea();
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));

    HttpResponse<String> refused =
        manager.post(
            "/areas", Map.of("_csrf", manager.csrf("/areas"), "code", "TOOLONGCODE", "name", ""));
    Document page = Jsoup.parse(refused.body());
    assertThat(errorOf(page, "code")).contains("The code must be 2 to 8 letters, like NEW");
    assertThat(errorOf(page, "name")).contains("Enter the area's name");
  }
}
