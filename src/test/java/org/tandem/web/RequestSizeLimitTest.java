package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request over the most the service accepts (1 MB for a form or a JSON body) is answered 413,
 * with problem details for the API and a page for the pages, whether it says its length or is sent
 * in chunks; nothing is saved. A body under the limit is read as usual.
 */
class RequestSizeLimitTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final int TWO_MB = 2 * 1024 * 1024;

  @Test
  void aTwoMegabyteJsonBodyIs413WithProblemDetails() {
    TestArea area = newArea();

    HttpResponse<String> refused =
        apiPost(area.token(Role.INTAKE), "/api/v1/referrals", referralOf(TWO_MB));

    assertTooLarge(refused);
    assertThat(casesIn(area)).isZero();
  }

  @Test
  void aTwoMegabyteJsonBodySentInChunksIs413Too() {
    TestArea area = newArea();
    byte[] body = referralOf(TWO_MB).getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> refused =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/referrals"))
                .header("Authorization", "Bearer " + area.token(Role.INTAKE))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

    assertTooLarge(refused);
    assertThat(casesIn(area)).isZero();
  }

  @Test
  void aBodyUnderTheLimitIsReadAndItsFieldsChecked() {
    TestArea area = newArea();

    HttpResponse<String> refused =
        apiPost(area.token(Role.INTAKE), "/api/v1/referrals", referralOf(900 * 1024));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"reason\"");
  }

  @Test
  void aChunkedBodyUnderTheLimitIsReadWhole() {
    TestArea area = newArea();
    byte[] body = AReferral.in(area).json().getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> created =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/referrals"))
                .header("Authorization", "Bearer " + area.token(Role.INTAKE))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build());

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(casesIn(area)).isOne();
  }

  @Test
  void aTwoMegabyteFormIs413WithAPageSayingNothingWasSaved() {
    TestArea area = newArea();
    PageSession intake = signedIn(area.user(Role.INTAKE));

    HttpResponse<String> refused =
        intake.post(
            "/referrals/new",
            Map.of(
                "_csrf", intake.csrf("/referrals/new"),
                "areaId", String.valueOf(area.id()),
                "reason", "r".repeat(TWO_MB)));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("What you sent is too large", "Nothing was saved");
    assertThat(casesIn(area)).isZero();
  }

  @Test
  void anOversizedBodyIsRefusedBeforeAByteOfItIsSent() throws IOException {
    // Only the head is sent: the answer comes without waiting for the body, so none was read.
    assertThat(headOnly("/api/v1/referrals", "application/json", TWO_MB))
        .startsWith("HTTP/1.1 413")
        .contains("application/problem+json");
    assertThat(headOnly("/referrals/new", "application/x-www-form-urlencoded", TWO_MB))
        .startsWith("HTTP/1.1 413");
    assertThat(headOnly("/outcomes/import", "multipart/form-data; boundary=x", 12 * 1024 * 1024))
        .startsWith("HTTP/1.1 413");
  }

  /** The status line and headers of the answer to a POST whose head says its body is this long. */
  private String headOnly(String path, String contentType, long length) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
              + contentType
              + "\r\nContent-Length: "
              + length
              + "\r\n\r\n";
      socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      BufferedReader answer =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      StringBuilder lines = new StringBuilder();
      for (String line = answer.readLine();
          line != null && !line.isEmpty();
          line = answer.readLine()) {
        lines.append(line).append('\n');
      }
      return lines.toString();
    }
  }

  @Test
  void anOversizedHeaderIsRefusedNotAFailure() {
    HttpResponse<String> refused =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/sign-in"))
                .header("X-Invented", "h".repeat(32 * 1024))
                .GET()
                .build());

    assertThat(refused.statusCode()).isBetween(400, 431);
  }

  private static String referralOf(int bytes) {
    return AReferral.in(1L).with("reason", "r".repeat(bytes)).json();
  }

  private static void assertTooLarge(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(413);
    assertThat(problem.get("title").asString()).isEqualTo("Content too large");
    assertThat(problem.get("detail").asString()).contains("1 MB");
  }

  private long casesIn(TestArea area) {
    return jdbc.sql("SELECT count(*) FROM referral WHERE area_id = :area")
        .param("area", area.id())
        .query(Long.class)
        .single();
  }
}
