package org.tandem.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.tandem.PageSession;

/**
 * Uploads as a browser or an API client sends them: multipart form data with fields and one file,
 * the file's name and Content-Type whatever the sender claims. And small invented files to send.
 */
public final class Uploads {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Uploads() {}

  /** A file as sent: its name and the Content-Type the sender claims for it. */
  public record Sent(String name, String claimedType, byte[] content) {}

  public static Sent pdf(String name) {
    return new Sent(name, "application/pdf", pdfBytes());
  }

  public static Sent png(String name) {
    return new Sent(name, "image/png", pngBytes());
  }

  /** A small but whole PDF of one blank page: enough for a reader to open, and for Tika. */
  public static byte[] pdfBytes() {
    String pdf =
        """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """;
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }

  /** A small PNG, a scanned page's stand-in: a white square with a grey band. */
  public static byte[] pngBytes() {
    BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 60, 80);
    g.setColor(Color.GRAY);
    g.fillRect(5, 10, 50, 6);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Sends fields and a file to the API as the holder of a token. */
  public static HttpResponse<String> api(
      String baseUrl, String token, String path, Map<String, String> fields, Sent file) {
    String boundary = boundary();
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, fields, file)))
            .build());
  }

  /** Submits a page's upload form as a signed-in browser does, with the form's CSRF token. */
  public static HttpResponse<String> page(
      String baseUrl,
      PageSession session,
      String formPath,
      String postPath,
      Map<String, String> fields,
      Sent file) {
    String csrf = session.csrf(formPath);
    String boundary = boundary();
    java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
    all.put("_csrf", csrf);
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + postPath))
            .header("Accept", "text/html")
            .header("Cookie", "JSESSIONID=" + session.sessionId())
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, all, file)))
            .build());
  }

  private static String boundary() {
    return "----tandem" + ThreadLocalRandom.current().nextLong(1L << 40);
  }

  private static byte[] body(String boundary, Map<String, String> fields, Sent file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) ->
            write(
                out,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + value
                    + "\r\n"));
    if (file != null) {
      write(
          out,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + file.name()
              + "\"\r\nContent-Type: "
              + file.claimedType()
              + "\r\n\r\n");
      out.writeBytes(file.content());
      write(out, "\r\n");
    }
    write(out, "--" + boundary + "--\r\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
