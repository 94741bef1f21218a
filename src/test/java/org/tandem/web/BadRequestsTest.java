package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;

/**
 * Requests that are wrong as sent get a 4xx that says what was wrong — problem details from the
 * API, a GOV.UK error page for a person — never a 500: each of these answered 500 "Something went
 * wrong" before (issue 15).
 */
class BadRequestsTest extends TandemTest {

  private static final String REFERRALS = "/api/v1/referrals";

  @Test
  void aBodyOfTheWrongTypeOrOfNoTypeIs415() {
    TestArea area = newArea();
    String intake = area.token(Role.INTAKE);

    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", null}) {
      HttpResponse<String> sent = api(intake, "POST", REFERRALS, type, "{}");
      assertProblem(sent, 415);
      assertThat(sent.body()).contains("Content-Type: application/json");
    }

    // A form body on a PUT that cannot be decoded (a lone %) failed in a filter before any handler.
    String history = "/api/v1/cases/" + newCase(area) + "/assessment/history";
    assertProblem(
        api(
            area.token(Role.SERVICE_MANAGER),
            "PUT",
            history,
            "application/x-www-form-urlencoded",
            "a=%"),
        415);
  }

  @Test
  void aPageFarBeyondTheEndIsAnEmptyPageOfAtMostAHundred() {
    TestArea area = newArea();
    newCase(area);
    String manager = area.token(Role.SERVICE_MANAGER);

    var page = TestApi.ok(apiGet(manager, "/api/v1/cases?size=2147483647&page=2147483647"));
    assertThat(page.get("items")).isEmpty();
    assertThat(page.get("size").asInt()).isEqualTo(Paging.MAX_SIZE);
    assertThat(page.get("total").asInt()).isEqualTo(1);

    var first = TestApi.ok(apiGet(manager, "/api/v1/cases?size=-5&page=-2147483648"));
    assertThat(first.get("items")).hasSize(1);
    assertThat(first.get("page").asInt()).isZero();

    for (String p :
        new String[] {
          "/cases?page=2147483647",
          "/cases?page=-2147483648",
          "/partner-support/tasks?page=2147483647&womenPage=2147483647"
        }) {
      assertThat(signedIn(area.user(Role.SERVICE_MANAGER)).get(p).statusCode())
          .as(p)
          .isEqualTo(200);
    }
  }

  @Test
  void aNulCharacterInAParameterOrAJsonBodyIs400AndNeverReachesTheDatabase() {
    TestArea area = newArea();
    String manager = area.token(Role.SERVICE_MANAGER);

    HttpResponse<String> search = apiGet(manager, "/api/v1/cases?q=Ann%00e");
    assertProblem(search, 400);
    assertThat(search.body()).contains("NUL");
    assertProblem(apiGet(manager, "/api/v1/cases?q%00=x"), 400);

    // A JSON body is validated field by field: the field is named, the value not repeated.
    HttpResponse<String> body =
        apiPost(manager, REFERRALS, AReferral.in(area).withPartner("Jo\u0000", "Invented").json());
    assertProblem(body, 400);
    assertThat(body.body()).contains("partners[0].givenName").doesNotContain("Jo\\u0000");

    HttpResponse<String> page = signedIn(area.user(Role.SERVICE_MANAGER)).get("/cases?q=Ann%00e");
    assertErrorPage(page, 400, "Tandem could not use that request");
  }

  @Test
  void aMissingAreaIs400() {
    TestArea area = newArea();

    HttpResponse<String> api =
        apiGet(area.token(Role.SERVICE_MANAGER), "/api/v1/outcomes/area-report");
    assertProblem(api, 400);
    assertThat(api.body()).contains("\"field\":\"area\"");

    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    assertErrorPage(manager.get("/outcomes/area-report"), 400, "Tandem could not use that request");
    assertErrorPage(
        manager.get("/outcomes/repeat-victimisation"), 400, "Tandem could not use that request");

    // The import sent as a plain form, with no file and no area: the form again, saying so.
    HttpResponse<String> form =
        manager.post("/outcomes/import", Map.of("_csrf", manager.csrf("/outcomes/import")));
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains("Select the area the cases belong to");
  }

  @Test
  void aMalformedOrNulBearingCsvIsRefusedOnTheImportFormNotA500() {
    TestArea area = newArea();
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    String header =
        "case,referral_source,police_chronology_evidence,inventory_violence,risk_report,"
            + "disclosed_violence,repeat_evidenced,sessions,case_status,woman_engaged\n";

    Map<String, String> answers =
        Map.of(
            header + "\"C1,CS,2,3,Y,1,0,3,closed,Y\n",
            "check its quotes",
            header + "C\u00001,CS,2,3,Y,1,0,3,clo\u0000sed,Y\n",
            "This row holds a NUL character",
            // Control characters only: trimmed away, so a file with nothing in it.
            "\u0000\u0001\u0002",
            "The file is empty",
            "",
            "Select a CSV file to upload");
    answers.forEach(
        (csv, problem) -> {
          HttpResponse<String> sent = upload(manager, area.code(), csv);
          assertThat(sent.statusCode()).as(problem).isEqualTo(200);
          assertThat(sent.body()).as(problem).contains(problem).doesNotContain("Exception");
        });
  }

  private HttpResponse<String> upload(PageSession session, String areaCode, String csv) {
    String boundary = "tandemtestboundary";
    StringBuilder body = new StringBuilder();
    Map<String, String> fields =
        Map.of(
            "_csrf", session.csrf("/outcomes/import"),
            "area", areaCode,
            "source", "Invented historical source",
            "fromMonth", "1",
            "fromYear", "2019",
            "toMonth", "12",
            "toYear", "2019");
    fields.forEach(
        (name, value) ->
            body.append("--" + boundary + "\r\n")
                .append("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n")
                .append(value + "\r\n"));
    body.append("--" + boundary + "\r\n")
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"cases.csv\"\r\n")
        .append("Content-Type: text/csv\r\n\r\n")
        .append(csv + "\r\n--" + boundary + "--\r\n");
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/outcomes/import"))
            .header("Cookie", "JSESSIONID=" + session.sessionId())
            .header("Accept", "text/html")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  @Test
  void aPlannerRowFarBeyondTheFormIs400() {
    TestArea area = newArea();
    String rows = "?areas%5B100000%5D.name=x&areas%5B100000%5D.population=1";

    assertProblem(apiGet(area.token(Role.COMMISSIONER), "/api/v1/planner" + rows), 400);
    assertErrorPage(
        signedIn(area.user(Role.COMMISSIONER)).get("/planner" + rows),
        400,
        "Tandem could not use that request");
  }

  @Test
  void errorAskedForDirectlyIsNotFound() {
    TestArea area = newArea();

    assertProblem(apiGet(area.token(Role.INTAKE), "/error"), 404);
    assertErrorPage(signedIn(area.user(Role.INTAKE)).get("/error"), 404, "Page not found");
    assertErrorPage(new PageSession(baseUrl()).get("/error"), 404, "Page not found");
  }

  @Test
  void aMethodOrAContentTypeAnAddressDoesNotTakeIs4xxForAPersonToo() {
    TestArea area = newArea();
    PageSession intake = signedIn(area.user(Role.INTAKE));
    String cookie = "JSESSIONID=" + intake.sessionId();

    HttpResponse<String> put =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/cases"))
                .header("Cookie", cookie)
                .header("Accept", "text/html")
                .header("X-CSRF-TOKEN", intake.csrf("/cases"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody())
                .build());
    assertErrorPage(put, 405, "Tandem could not use that request");

    assertProblem(api(area.token(Role.INTAKE), "PATCH", "/api/v1/cases", null, null), 405);
  }

  private HttpResponse<String> api(
      String token, String method, String path, String type, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (type != null) {
      b.header("Content-Type", type);
    }
    return send(
        b.method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  static void assertProblem(HttpResponse<String> response, int status) {
    String what = response.request().method() + " " + response.uri() + ": " + response.body();
    assertThat(response.statusCode()).as(what).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body())
        .as(what)
        .contains("\"title\"", "\"detail\"")
        .doesNotContain("Exception", "at org.", "SQL");
  }

  static void assertErrorPage(HttpResponse<String> response, int status, String heading) {
    String what = response.request().method() + " " + response.uri();
    assertThat(response.statusCode()).as(what).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .as(what)
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(response.body()).as(what).contains(heading, "govuk-").doesNotContain("Exception");
  }
}
