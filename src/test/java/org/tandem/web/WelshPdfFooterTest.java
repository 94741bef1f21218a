package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestData;
import org.tandem.access.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * A PDF's footer, drawn by the renderer from the stylesheet's page rules, is in the language of
 * whoever asked for the PDF, as the rest of it is: read back from the PDF itself.
 */
class WelshPdfFooterTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void aComparisonAskedForInWelshHasItsFooterInWelshAndInEnglishInEnglish() {
    String commissioner = newArea().token(Role.COMMISSIONER);
    long a = save(commissioner, "Invented six " + TestData.marker("a"), "6");
    long b = save(commissioner, "Invented eight " + TestData.marker("b"), "8");
    String path = "/api/v1/planner/compare/pdf?a=" + a + "&b=" + b;

    String welsh = pdfText(pdf(commissioner, path, "cy"));
    assertThat(welsh)
        .contains("Tudalen 1 o ")
        .contains("Cynllunydd comisiynu Tandem: dwy senario wedi'u cymharu")
        .doesNotContain("Page 1 of");

    String english = pdfText(pdf(commissioner, path, "en"));
    assertThat(english)
        .contains("Page 1 of ")
        .contains("Tandem commissioning planner: two scenarios compared")
        .doesNotContain("Tudalen");
  }

  private long save(String token, String name, String prevalence) {
    String body =
        """
        {"name": "%s",
         "form": {"areas": [{"name": "Newham", "population": 243891, "adultWomen": "91556"}],
                  "prevalencePercent": %s}}
        """
            .formatted(name, prevalence);
    HttpResponse<String> saved = apiPost(token, "/api/v1/planner/scenarios", body);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    return JSON.readTree(saved.body()).get("id").asLong();
  }

  private byte[] pdf(String token, String path, String language) {
    HttpResponse<byte[]> response =
        TestApi.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Cookie", LanguageResolver.COOKIE + "=" + language)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
