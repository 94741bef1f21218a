package org.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tandem's API as a test's builders call it: a request as the holder of a token, and, for setting
 * up data, a call that must succeed and whose JSON answer is read back. A builder that fails here
 * fails the test at the step that went wrong, with the service's answer.
 */
public final class TestApi {

  private static final JsonMapper JSON = new JsonMapper();

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final String baseUrl;

  /** The language the caller chose before, as its cookie says; null for none (English). */
  private final String language;

  public TestApi(String baseUrl) {
    this(baseUrl, null);
  }

  private TestApi(String baseUrl, String language) {
    this.baseUrl = baseUrl;
    this.language = language;
  }

  /** The same API, called by someone whose browser chose Welsh before (the language cookie). */
  public TestApi inWelsh() {
    return new TestApi(baseUrl, "cy");
  }

  public String baseUrl() {
    return baseUrl;
  }

  public HttpResponse<String> get(String token, String path) {
    return send(request(token, path).GET().build());
  }

  public HttpResponse<String> post(String token, String path, String json) {
    return send(withJson(token, path).POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public HttpResponse<String> put(String token, String path, String json) {
    return send(withJson(token, path).PUT(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  public HttpResponse<String> delete(String token, String path) {
    return send(request(token, path).DELETE().build());
  }

  /** A GET that must answer 200: its JSON. */
  public JsonNode read(String token, String path) {
    return ok(get(token, path));
  }

  /** A POST that must succeed: its JSON answer, or an empty node for 204. */
  public JsonNode created(String token, String path, String json) {
    return ok(post(token, path, json));
  }

  /** A PUT that must succeed: its JSON answer. */
  public JsonNode changed(String token, String path, String json) {
    return ok(put(token, path, json));
  }

  /** The JSON of a response that must be a success; an empty node if it has no body. */
  public static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode())
        .as(response.request().method() + " " + response.uri() + ": " + response.body())
        .isBetween(200, 204);
    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  /** A JSON string, or null, for text put into a request body. */
  public static String quoted(Object value) {
    return value == null ? "null" : JSON.writeValueAsString(value.toString());
  }

  /** A request to this path as the holder of this token, in the caller's language. */
  public HttpRequest.Builder request(String token, String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    return language == null ? request : request.header("Cookie", "tandem-language=" + language);
  }

  private HttpRequest.Builder withJson(String token, String path) {
    return request(token, path).header("Content-Type", "application/json");
  }

  /** Sends any request, as a page session or a test of headers does. */
  public static HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  public static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return HTTP.send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
