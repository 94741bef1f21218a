package org.tandem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The base of every test that needs Tandem running: one application on a random port, on one real
 * embedded PostgreSQL started once per test run (Spring caches the context, so every subclass must
 * keep exactly this configuration), with the invented demo data loaded. Tests make their own data
 * where they need to know exactly what is there.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "tandem.data-dir=target/test-data",
      "tandem.db.embedded.clean=true",
      "tandem.demo=true"
    })
public abstract class TandemTest {

  @LocalServerPort protected int port;

  @Autowired protected JdbcClient jdbc;

  protected static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  /** An API GET as the holder of a token. */
  protected HttpResponse<String> apiGet(String token, String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .GET()
            .build());
  }

  /** An API POST of a JSON body as the holder of a token. */
  protected HttpResponse<String> apiPost(String token, String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** An API PUT of a JSON body as the holder of a token. */
  protected HttpResponse<String> apiPut(String token, String path, String json) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** An API GET of a document (a PDF) as the holder of a token. */
  protected HttpResponse<byte[]> apiGetBytes(String token, String path) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(baseUrl() + path))
              .header("Authorization", "Bearer " + token)
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  protected static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
