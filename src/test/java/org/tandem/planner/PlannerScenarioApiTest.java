package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.assessment.RiskReportFixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved planner scenarios through the API: two scenarios of Newham that differ only in prevalence
 * (6% and 8% of its 91,556 women give 5,493 and 7,324 women), compared as JSON, PDF and XLSX; and
 * the names, inputs, ids and roles that are refused.
 */
class PlannerScenarioApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String commissioner;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    commissioner = area.token(Role.COMMISSIONER);
  }

  static String newham(String name, String prevalence) {
    return """
        {"name": "%s",
         "form": {"areas": [{"name": "Newham", "population": 243891, "adultWomen": "91,556"}],
                  "prevalencePercent": %s}}
        """
        .formatted(name, prevalence);
  }

  private long save(String body) {
    HttpResponse<String> r = apiPost(commissioner, "/api/v1/planner/scenarios", body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode saved = JSON.readTree(r.body());
    assertThat(r.headers().firstValue("Location"))
        .hasValue("/api/v1/planner/scenarios/" + saved.get("id").asLong());
    return saved.get("id").asLong();
  }

  private static JsonNode line(JsonNode lines, String key) {
    for (JsonNode l : lines) {
      if (l.get("key").asString().equals(key)) {
        return l;
      }
    }
    throw new AssertionError("No line " + key + " in " + lines);
  }

  private static List<String> fields(HttpResponse<String> r) {
    List<String> fields = new ArrayList<>();
    JSON.readTree(r.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  @Test
  void twoScenariosAreSavedListedFetchedAndCompared() {
    String six = "Newham at 6% " + TestData.marker("a");
    String eight = "Newham at 8% " + TestData.marker("b");
    long a = save(newham(six, "6"));
    long b = save(newham(eight, "\"8\""));

    HttpResponse<String> list = apiGet(commissioner, "/api/v1/planner/scenarios?size=100");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode items = JSON.readTree(list.body()).get("items");
    List<String> names = new ArrayList<>();
    items.forEach(i -> names.add(i.get("name").asString()));
    assertThat(names).contains(six, eight);
    assertThat(names.indexOf(eight)).as("newest first").isLessThan(names.indexOf(six));
    JsonNode listed = items.get(names.indexOf(eight));
    assertThat(listed.get("womenExperiencingAbuse").asLong()).isEqualTo(7_324);
    assertThat(listed.get("areas").get(0).asString()).isEqualTo("Newham");
    assertThat(listed.get("createdBy").asString())
        .isEqualTo(area.user(Role.COMMISSIONER).username());
    assertThat(listed.get("firstYearCost").asLong()).isPositive();

    HttpResponse<String> fetched = apiGet(commissioner, "/api/v1/planner/scenarios/" + b);
    assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
    JsonNode scenario = JSON.readTree(fetched.body());
    assertThat(scenario.get("name").asString()).isEqualTo(eight);
    assertThat(scenario.at("/inputs/areas/0/population").asLong()).isEqualTo(243_891);
    assertThat(scenario.at("/inputs/areas/0/adultWomen").asLong()).isEqualTo(91_556);
    assertThat(scenario.at("/inputs/assumptions/prevalence").decimalValue())
        .isEqualByComparingTo("0.08");
    assertThat(scenario.at("/inputs/assumptions/nationalPopulation").asLong())
        .as("blank assumptions take the published figure")
        .isEqualTo(59_600_000L);
    assertThat(scenario.at("/plan/total/womenExperiencingAbuse").asLong()).isEqualTo(7_324);

    HttpResponse<String> compared =
        apiGet(commissioner, "/api/v1/planner/compare?a=" + a + "&b=" + b);
    assertThat(compared.statusCode()).as(compared.body()).isEqualTo(200);
    JsonNode comparison = JSON.readTree(compared.body());
    assertThat(comparison.at("/a/name").asString()).isEqualTo(six);
    assertThat(comparison.at("/b/name").asString()).isEqualTo(eight);
    JsonNode prevalence = line(comparison.get("inputs"), "prevalence");
    assertThat(prevalence.get("differs").asBoolean()).isTrue();
    assertThat(prevalence.get("a").decimalValue()).isEqualByComparingTo("0.06");
    assertThat(prevalence.get("b").decimalValue()).isEqualByComparingTo("0.08");
    assertThat(line(comparison.get("inputs"), "areas[0].population").get("differs").asBoolean())
        .isFalse();
    assertThat(
            comparison
                .get("inputs")
                .valueStream()
                .filter(l -> l.get("differs").asBoolean())
                .count())
        .as("only the prevalence differs")
        .isEqualTo(1);
    JsonNode women = line(comparison.get("results"), "womenExperiencingAbuse");
    assertThat(women.get("a").asLong()).isEqualTo(5_493);
    assertThat(women.get("b").asLong()).isEqualTo(7_324);
    assertThat(women.get("differs").asBoolean()).isTrue();
    assertThat(line(comparison.get("results"), "referrals").get("differs").asBoolean())
        .as("referrals follow the population, not prevalence")
        .isFalse();

    HttpResponse<byte[]> pdf =
        apiGetBytes(commissioner, "/api/v1/planner/compare/pdf?a=" + a + "&b=" + b);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("planner-comparison-" + a + "-" + b + ".pdf");
    String text = RiskReportFixture.pdfText(pdf.body());
    assertThat(text)
        .contains(six, eight)
        .contains("Women experiencing domestic abuse in a year 5,493 7,324 +1,831")
        .contains("Differs");

    HttpResponse<byte[]> xlsx =
        apiGetBytes(commissioner, "/api/v1/planner/compare/xlsx?a=" + a + "&b=" + b);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("planner-comparison-" + a + "-" + b + ".xlsx");
    ComparisonWorkbook workbook = ComparisonWorkbook.read(xlsx.body());
    assertThat(workbook.allText()).contains(six, eight);
    assertThat(workbook.number("Women experiencing domestic abuse in a year", 1))
        .isEqualByComparingTo("5493");
    assertThat(workbook.number("Women experiencing domestic abuse in a year", 2))
        .isEqualByComparingTo("7324");
    assertThat(workbook.number("Women aged 16 and over experiencing domestic abuse in a year", 2))
        .isEqualByComparingTo(new BigDecimal("0.08"));
  }

  @Test
  void aNameAlreadySavedIsRefusedBesideTheName() {
    String name = "Taken " + TestData.marker("n");
    save(newham(name, "6"));

    HttpResponse<String> again =
        apiPost(commissioner, "/api/v1/planner/scenarios", newham(name, "7"));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
    assertThat(fields(again)).containsExactly("name");
    assertThat(again.body()).contains("already saved");

    HttpResponse<String> otherCapitals =
        apiPost(
            area.token(Role.SERVICE_MANAGER),
            "/api/v1/planner/scenarios",
            newham(name.toUpperCase(), "7"));
    assertThat(otherCapitals.statusCode()).as(otherCapitals.body()).isEqualTo(400);
    assertThat(fields(otherCapitals)).containsExactly("name");

    HttpResponse<String> blank =
        apiPost(commissioner, "/api/v1/planner/scenarios", newham(" ", "6"));
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(fields(blank)).containsExactly("name");

    HttpResponse<String> tooLong =
        apiPost(commissioner, "/api/v1/planner/scenarios", newham("x".repeat(121), "6"));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(fields(tooLong)).containsExactly("name");
  }

  @Test
  void badInputsAreRefusedNamingEachField() {
    HttpResponse<String> population =
        apiPost(
            commissioner,
            "/api/v1/planner/scenarios",
            """
            {"name": "%s", "form": {"areas": [{"name": "Newham", "population": "lots",
             "adultWomen": 91556}], "prevalencePercent": 150}}
            """
                .formatted(TestData.marker("bad")));
    assertThat(population.statusCode()).as(population.body()).isEqualTo(400);
    assertThat(fields(population))
        .containsExactlyInAnyOrder("form.areas[0].population", "form.prevalencePercent");
    assertThat(population.body()).doesNotContain("lots");

    HttpResponse<String> misspelt =
        apiPost(
            commissioner,
            "/api/v1/planner/scenarios",
            """
            {"name": "%s", "form": {"areas": [{"population": 243891, "adultWomen": 91556}],
             "prevalancePercent": 8}}
            """
                .formatted(TestData.marker("typo")));
    assertThat(misspelt.statusCode()).as(misspelt.body()).isEqualTo(400);
    assertThat(fields(misspelt)).containsExactly("form.prevalancePercent");

    HttpResponse<String> notMine =
        apiPost(
            commissioner,
            "/api/v1/planner/scenarios",
            """
            {"name": "%s", "form": {"areas": [{"population": 243891, "adultWomen": 91556,
             "tandemArea": "%s"}, {"population": 1000, "adultWomen": 400, "tandemArea": "ZZQQ"}]}}
            """
                .formatted(TestData.marker("link"), area.code()));
    assertThat(notMine.statusCode()).as(notMine.body()).isEqualTo(400);
    assertThat(fields(notMine)).containsExactly("form.areas[1].tandemArea");

    HttpResponse<String> noAreas =
        apiPost(
            commissioner,
            "/api/v1/planner/scenarios",
            "{\"name\": \"%s\", \"form\": {}}".formatted(TestData.marker("none")));
    assertThat(noAreas.statusCode()).isEqualTo(400);
    assertThat(fields(noAreas)).contains("form.areas[0].population");

    HttpResponse<String> noForm =
        apiPost(commissioner, "/api/v1/planner/scenarios", "{\"name\": \"No form\"}");
    assertThat(noForm.statusCode()).isEqualTo(400);
    assertThat(fields(noForm)).containsExactly("form");

    HttpResponse<String> notJson =
        apiPost(commissioner, "/api/v1/planner/scenarios", "{\"name\": ");
    assertThat(notJson.statusCode()).isEqualTo(400);
  }

  @Test
  void anUnknownScenarioIsNotFoundAndTwoMustBeChosen() {
    long a = save(newham("Known " + TestData.marker("k"), "6"));
    assertThat(apiGet(commissioner, "/api/v1/planner/scenarios/999999999").statusCode())
        .isEqualTo(404);
    assertThat(apiGet(commissioner, "/api/v1/planner/compare?a=" + a + "&b=999999999").statusCode())
        .isEqualTo(404);
    assertThat(
            apiGetBytes(commissioner, "/api/v1/planner/compare/pdf?a=999999998&b=999999999")
                .statusCode())
        .isEqualTo(404);

    HttpResponse<String> one = apiGet(commissioner, "/api/v1/planner/compare?a=" + a);
    assertThat(one.statusCode()).isEqualTo(400);
    assertThat(fields(one)).containsExactly("b");
    HttpResponse<String> same = apiGet(commissioner, "/api/v1/planner/compare?a=" + a + "&b=" + a);
    assertThat(same.statusCode()).isEqualTo(400);
    assertThat(fields(same)).containsExactly("b");
    HttpResponse<String> words = apiGet(commissioner, "/api/v1/planner/compare?a=first&b=second");
    assertThat(words.statusCode()).isEqualTo(400);
    assertThat(fields(words)).containsExactly("a", "b");
  }

  @Test
  void aServiceManagerMayUseScenariosToo() {
    long a = save(newham("Manager sees " + TestData.marker("m"), "6"));
    assertThat(
            apiGet(area.token(Role.SERVICE_MANAGER), "/api/v1/planner/scenarios/" + a).statusCode())
        .isEqualTo(200);
    assertThat(apiGet(area.token(Role.SERVICE_MANAGER), "/api/v1/planner/scenarios").statusCode())
        .isEqualTo(200);
  }

  /**
   * The planner page's "Save as a scenario" form posts every planner field, as hidden inputs, with
   * the name: saved, it redirects to the list; with a problem, the page says which field.
   */
  @Test
  void thePlannerPagesFormSavesAScenario() {
    PageSession session = signedIn(area.user(Role.COMMISSIONER));
    String csrf = session.csrf("/planner/scenarios");
    String name = "From the page " + TestData.marker("p");
    Map<String, String> fields =
        new java.util.HashMap<>(
            Map.of(
                "_csrf", csrf,
                "scenarioName", name,
                "areas[0].name", "Newham",
                "areas[0].population", "243891",
                "areas[0].adultWomen", "91556",
                "areas[1].name", "",
                "prevalencePercent", "8",
                "budget[0]", "45000"));

    HttpResponse<String> saved = session.post("/planner/scenarios", fields);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/planner/scenarios");
    assertThat(session.get("/planner/scenarios").body()).contains(name, "7,324");

    fields.put("areas[0].population", "many");
    fields.put("areas[0].tandemArea", area.code());
    HttpResponse<String> again = session.post("/planner/scenarios", fields);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body())
        .contains("A scenario with this name is already saved")
        .contains("The population must be a whole number")
        .contains("id=\"areas-0-population-error\"")
        .contains("aria-describedby=\"areas-0-population-error\"")
        .contains("value=\"many\"")
        .as("the Tandem area chosen is still chosen")
        .containsPattern(
            "<select[^>]*name=\"areas\\[0\\]\\.tandemArea\"[^>]*>\\s*<option value=\"\">[^<]*</option>\\s*"
                + "<option value=\""
                + area.code()
                + "\" selected=\"selected\"");
  }

  @Test
  void thePlannersQuestionsAreDrawnForWhatWasTypedAndTheAreasTheUserCovers() {
    PageSession mine = signedIn(area.user(Role.COMMISSIONER));
    PageSession theirs = signedIn(otherArea.user(Role.COMMISSIONER));
    String areaOption = "<option value=\"" + area.code() + "\"";
    String otherOption = "<option value=\"" + otherArea.code() + "\"";

    // The same blank planner, opened twice by one commissioner and once by another's.
    for (int i = 0; i < 2; i++) {
      String blank = mine.get("/planner").body();
      assertThat(blank).contains(areaOption).doesNotContain(otherOption).contains("value=\"6\"");
    }
    assertThat(theirs.get("/planner").body()).contains(otherOption).doesNotContain(areaOption);

    // What was typed, and its problem, is drawn beside its field, not what the blank page had.
    String typed =
        mine.get(
                "/planner?areas%5B0%5D.name=Newham&areas%5B0%5D.population=many&prevalencePercent=9")
            .body();
    assertThat(typed)
        .contains("value=\"many\"")
        .contains("id=\"areas-0-population-error\"")
        .contains("value=\"9\"")
        .doesNotContain("value=\"6\"");
    assertThat(mine.get("/planner").body()).contains("value=\"6\"").doesNotContain("many");
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {"INTAKE", "PERPETRATOR_WORKER", "PARTNER_SUPPORT_WORKER", "SYSTEM_ADMINISTRATOR"})
  void otherRolesGetNoPage(Role role) {
    PageSession session = signedIn(area.user(role));
    assertThat(session.get("/planner/scenarios").statusCode()).isEqualTo(403);
    assertThat(session.get("/planner/scenarios/new").statusCode()).isEqualTo(403);
    assertThat(session.get("/planner/compare?a=1&b=2").statusCode()).isEqualTo(403);
    assertThat(session.getBytes("/planner/compare.pdf?a=1&b=2").statusCode()).isEqualTo(403);
    assertThat(session.getBytes("/planner/compare.xlsx?a=1&b=2").statusCode()).isEqualTo(403);
    String csrf = session.csrf("/account");
    HttpResponse<String> post =
        session.post(
            "/planner/scenarios",
            Map.of(
                "_csrf", csrf, "scenarioName", TestData.marker("no"), "areas[0].population", "1"));
    assertThat(post.statusCode()).isEqualTo(403);
  }

  @ParameterizedTest
  @EnumSource(
      value = Role.class,
      names = {
        "INTAKE",
        "PERPETRATOR_WORKER",
        "PARTNER_SUPPORT_WORKER",
        "CHILDRENS_WORKER",
        "SYSTEM_ADMINISTRATOR"
      })
  void everyOtherRoleIsRefused(Role role) {
    String username = area.user(role).username();
    long a = save(newham("Refused " + username + " " + TestData.marker("r"), "6"));
    long b = save(newham("Refused too " + username + " " + TestData.marker("r"), "7"));
    String t = area.token(role);
    String ids = "?a=" + a + "&b=" + b;
    assertThat(apiGet(t, "/api/v1/planner/scenarios").statusCode()).isEqualTo(403);
    assertThat(apiGet(t, "/api/v1/planner/scenarios/" + a).statusCode()).isEqualTo(403);
    assertThat(
            apiPost(t, "/api/v1/planner/scenarios", newham(TestData.marker("x"), "6")).statusCode())
        .isEqualTo(403);
    assertThat(apiGet(t, "/api/v1/planner/compare" + ids).statusCode()).isEqualTo(403);
    assertThat(apiGetBytes(t, "/api/v1/planner/compare/pdf" + ids).statusCode()).isEqualTo(403);
    assertThat(apiGetBytes(t, "/api/v1/planner/compare/xlsx" + ids).statusCode()).isEqualTo(403);
  }
}
