package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Commissioning areas through the API. */
class AreaApiTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  /**
   * An area of the test's own: its manager's team, not the demo manager's, covers the areas this
   * test makes.
   */
  private TestArea own;

  @BeforeEach
  void anAreaOfItsOwn() {
    own = newArea();
  }

  /** The token of this test's own worker in the role of the demo user of this name. */
  private String token(String user) {
    return own.likeDemoUser(user).token();
  }

  @Test
  void anyoneSignedInListsTheAreas() {
    HttpResponse<String> response = apiGet(token("intake"), "/api/v1/areas");

    assertThat(response.statusCode()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    JSON.readTree(response.body()).forEach(a -> codes.add(a.get("code").asString()));
    assertThat(codes).contains("NMR", "EWV");
  }

  @Test
  void aManagerAndASystemAdministratorCreateAreas() {
    for (String user : List.of("manager", "sysadmin")) {
      String code = newCode();
      HttpResponse<String> response =
          apiPost(
              token(user),
              "/api/v1/areas",
              "{\"code\": \"%s\", \"name\": \"Invented Vale\"}".formatted(code));

      assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(201);
      assertThat(response.headers().firstValue("Location"))
          .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/areas/" + code));
      JsonNode area = JSON.readTree(response.body());
      assertThat(area.get("code").asString()).isEqualTo(code);
      assertThat(area.get("name").asString()).isEqualTo("Invented Vale");
      assertThat(area.get("id").asLong()).isPositive();
      assertThat(apiGet(token("intake"), "/api/v1/areas").body()).contains("\"" + code + "\"");
    }
  }

  @Test
  void aDuplicateCodeIsRefusedNamingTheCode() {
    String code = newCode();
    String body = "{\"code\": \"%s\", \"name\": \"Invented Heath\"}".formatted(code);
    assertThat(apiPost(token("manager"), "/api/v1/areas", body).statusCode()).isEqualTo(201);

    HttpResponse<String> again = apiPost(token("sysadmin"), "/api/v1/areas", body);
    HttpResponse<String> existing =
        apiPost(
            token("manager"),
            "/api/v1/areas",
            "{\"code\": \"%s\", \"name\": \"Again\"}".formatted(own.code()));

    for (HttpResponse<String> response : List.of(again, existing)) {
      assertProblem(response, 400);
      assertThat(errorFields(response)).containsExactly("code");
    }
  }

  @Test
  void aBadCodeOrAnEmptyNameIsRefusedNamingTheFields() {
    HttpResponse<String> both =
        apiPost(token("manager"), "/api/v1/areas", "{\"code\": \"N1\", \"name\": \"  \"}");
    assertProblem(both, 400);
    assertThat(errorFields(both)).containsExactlyInAnyOrder("code", "name");

    for (String badCode : List.of("X", "TOOLONGCODE", "AB-C", "")) {
      HttpResponse<String> response =
          apiPost(
              token("manager"),
              "/api/v1/areas",
              "{\"code\": \"%s\", \"name\": \"Invented\"}".formatted(badCode));
      assertProblem(response, 400);
      assertThat(errorFields(response)).as(badCode).containsExactly("code");
    }

    HttpResponse<String> missing = apiPost(token("manager"), "/api/v1/areas", "{}");
    assertProblem(missing, 400);
    assertThat(errorFields(missing)).contains("code", "name");
  }

  @Test
  void intakeMayNotCreateAreas() {
    String code = newCode();
    HttpResponse<String> response =
        apiPost(
            token("intake"),
            "/api/v1/areas",
            "{\"code\": \"%s\", \"name\": \"Invented\"}".formatted(code));

    assertProblem(response, 403);
    assertThat(
            jdbc.sql("SELECT count(*) FROM area WHERE code = :c")
                .param("c", code)
                .query(Long.class)
                .single())
        .isZero();
  }

  /** A fresh area code of 8 letters, unlikely to clash with any other test's. */
  private static String newCode() {
    StringBuilder code = new StringBuilder("Q");
    for (int i = 0; i < 7; i++) {
      code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return code.toString();
  }

  private static List<String> errorFields(HttpResponse<String> response) {
    List<String> fields = new ArrayList<>();
    JsonNode errors = JSON.readTree(response.body()).get("errors");
    assertThat(errors).as("errors in " + response.body()).isNotNull();
    errors.forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(JSON.readTree(response.body()).get("status").asInt()).isEqualTo(status);
  }
}
