package org.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import org.tandem.TandemApplication;
import org.tandem.TestClockConfiguration;
import org.tandem.TestData;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded database keeps its data on disk: a case logged before a restart is still there after
 * it. Runs its own application on its own data directory, not the shared test one.
 */
class RestartPersistenceTest {

  private static final Path DATA_DIR = Path.of("target/restart-test-data");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void aCaseSurvivesARestart() throws Exception {
    FileSystemUtils.deleteRecursively(DATA_DIR);
    String intake = TestData.token("intake");
    String manager = TestData.token("manager");

    String reference;
    try (ConfigurableApplicationContext first = start()) {
      long northmoor =
          first
              .getBean(JdbcClient.class)
              .sql("SELECT id FROM area WHERE code = 'NMR'")
              .query(Long.class)
              .single();
      HttpResponse<String> created =
          send(first, intake, "POST", "/api/v1/referrals", TestData.referralJson(northmoor));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
      reference = new JsonMapper().readTree(created.body()).get("reference").asString();
    }

    try (ConfigurableApplicationContext second = start()) {
      HttpResponse<String> read = send(second, manager, "GET", "/api/v1/cases/" + reference, null);

      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      var detail = new JsonMapper().readTree(read.body());
      assertThat(detail.get("reference").asString()).isEqualTo(reference);
      assertThat(detail.get("manFamilyName").asString()).isEqualTo("Mctestface");
      assertThat(detail.get("partners").get(0).get("givenName").asString()).isEqualTo("Jo");
      // The demo data was loaded once, on the first start only.
      assertThat(
              second
                  .getBean(JdbcClient.class)
                  .sql("SELECT count(*) FROM app_user WHERE username = 'intake'")
                  .query(Long.class)
                  .single())
          .isEqualTo(1);
    }
  }

  private static ConfigurableApplicationContext start() {
    // Command-line arguments, not default properties: application.properties would override
    // those, and this test must never use port 8080 or a developer's ./data.
    // On the test clock, as every other test application is, so that it passes on any day.
    return new SpringApplicationBuilder(TandemApplication.class, TestClockConfiguration.class)
        .run(
            "--server.port=0",
            "--tandem.data-dir=" + DATA_DIR,
            "--tandem.db.url=",
            "--tandem.db.embedded.clean=false",
            "--tandem.demo=true",
            "--spring.main.banner-mode=off");
  }

  private static HttpResponse<String> send(
      ConfigurableApplicationContext app, String token, String method, String path, String json)
      throws IOException, InterruptedException {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
