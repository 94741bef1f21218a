package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.documents.Uploads;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manager who reads Welsh is told in Welsh what is wrong with a historical table she uploads, on
 * the import page and in the API's problem details: each problem placed in the file by row, case
 * code and the file's own column heading, never repeating what the cell holds. A manager reading
 * English is told in the English of before.
 */
class WelshImportProblemsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final String IMPORT = "/api/v1/imports/historical-outcomes?area=";

  /** English sentences of the import's problems, none of which a Welsh reader should meet. */
  private static final List<String> ENGLISH =
      List.of(
          "Row ",
          ", column ",
          "Enter the number of sessions",
          "Enter Y or N",
          "This case code",
          "This row has",
          "The header must",
          "The file is",
          "already imported");

  private TestArea own;

  @BeforeEach
  void anAreaOfItsOwn() {
    own = newArea();
  }

  private static String published() {
    return HistoricalImportApiTest.publishedCsv();
  }

  /**
   * The published table with three problems: B&D4's sessions are words, B&D6 has lost its last
   * value and B&D7 is written B&D3 again. "lotsof" is what no message may repeat.
   */
  private static String threeProblems() {
    String csv =
        published()
            .replace("B&D4,CS,2,10 to 15,Y,0,0,0,R,Y", "B&D4,CS,2,10 to 15,Y,0,0,lotsof,R,Y");
    String[] lines = csv.split("\n", -1);
    lines[6] = lines[6].substring(0, lines[6].lastIndexOf(','));
    lines[7] = "B&D3" + lines[7].substring(lines[7].indexOf(','));
    return String.join("\n", lines);
  }

  private static String shown(HttpResponse<String> page) {
    return page.body().replace("&#39;", "'").replace("&amp;", "&");
  }

  private HttpResponse<String> upload(PageSession manager, String formPath, String csv) {
    return Uploads.page(
        baseUrl(),
        manager,
        formPath,
        "/outcomes/import",
        Map.of(
            "area", own.code(),
            "source", "Invented evaluation",
            "fromMonth", "1",
            "fromYear", "2007",
            "toMonth", "6",
            "toYear", "2008"),
        new Uploads.Sent("table.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> post(String csv, String language) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + IMPORT + own.code()))
            .header("Authorization", "Bearer " + own.likeDemoUser("manager").token())
            .header("Content-Type", "text/csv")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(csv));
    if (language != null) {
      request.header("Cookie", "tandem-language=" + language);
    }
    return send(request.build());
  }

  private static List<String> messages(HttpResponse<String> refused) {
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    return JSON.readTree(refused.body())
        .get("errors")
        .valueStream()
        .map(e -> e.get("message").asString())
        .toList();
  }

  @Test
  void theProblemsOfAnUploadedFileAreWelshOnThePage() {
    PageSession manager = signedIn(own.likeDemoUser("manager"));

    HttpResponse<String> refused = upload(manager, "/outcomes/import?lang=cy", threeProblems());

    assertThat(refused.statusCode()).isEqualTo(200);
    String page = shown(refused);
    assertThat(page)
        .contains("Mae 3 o broblemau yn y ffeil, felly does dim wedi'i fewnforio")
        .contains(
            "Rhes 5 (B&D4), colofn sessions: Rhowch nifer y sesiynau a fynychwyd, neu completed")
        .contains("Rhes 7 (B&D6): Mae 9 gwerth yn y rhes hon; mae'r pennawd yn enwi 10")
        .contains("Rhes 8 (B&D3), colofn case: Mae cod yr achos hwn hefyd ar res 4")
        .contains(">Rhowch nifer y sesiynau a fynychwyd, neu completed<")
        .contains(">y rhes gyfan<")
        .contains("value=\"Invented evaluation\"")
        .doesNotContain("lotsof");
    assertThat(ENGLISH).noneMatch(page::contains);

    HttpResponse<String> header =
        upload(manager, "/outcomes/import?lang=cy", "case,sessions\nX1,3\n");
    assertThat(shown(header))
        .contains(
            "Rhes 1: Rhaid i'r pennawd enwi'r colofnau hyn yn y drefn hon: case,referral_source,")
        .doesNotContain("The header must");

    HttpResponse<String> blank = upload(manager, "/outcomes/import?lang=cy", "\n\n");
    assertThat(shown(blank)).contains("Rhes 1: Mae'r ffeil yn wag").doesNotContain("The file is");
  }

  @Test
  void anEnglishReaderIsToldAsBefore() {
    PageSession manager = signedIn(own.likeDemoUser("manager"));

    HttpResponse<String> refused = upload(manager, "/outcomes/import", threeProblems());

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(shown(refused))
        .contains("The file has 3 problems, so nothing was imported")
        .contains(
            "Row 5 (B&D4), column sessions: Enter the number of sessions attended, or completed")
        .contains("Row 7 (B&D6): This row has 9 values; the header names 10")
        .contains("Row 8 (B&D3), column case: This case code is also on row 4")
        .contains(">the whole row<")
        .doesNotContain("Rhes ")
        .doesNotContain("lotsof");

    assertThat(messages(post(threeProblems(), null)))
        .containsExactly(
            "Enter the number of sessions attended, or completed",
            "This row has 9 values; the header names 10",
            "This case code is also on row 4");
  }

  @Test
  void theApiSaysEachProblemInWelshToAWelshReader() {
    HttpResponse<String> refused = post(threeProblems(), "cy");

    assertThat(messages(refused))
        .containsExactly(
            "Rhowch nifer y sesiynau a fynychwyd, neu completed",
            "Mae 9 gwerth yn y rhes hon; mae'r pennawd yn enwi 10",
            "Mae cod yr achos hwn hefyd ar res 4");
    JsonNode first = JSON.readTree(refused.body()).get("errors").get(0);
    assertThat(first.get("row").asInt()).isEqualTo(5);
    assertThat(first.get("column").asString()).isEqualTo("sessions");
    assertThat(first.get("case").asString()).isEqualTo("B&D4");
    assertThat(JSON.readTree(refused.body()).get("detail").asString())
        .isEqualTo("Does dim wedi'i fewnforio: mae 3 o broblemau yn y ffeil.");
    assertThat(refused.body()).doesNotContain("lotsof");
    assertThat(ENGLISH).noneMatch(refused.body()::contains);

    assertThat(post(published(), null).statusCode()).isEqualTo(201);
    List<String> again = messages(post(published(), "cy"));
    assertThat(again)
        .hasSize(16)
        .allMatch(
            m -> m.equals("Mae cod yr achos hwn eisoes wedi'i fewnforio i " + own.area().name()));
    assertThat(messages(post(published(), null)))
        .first()
        .isEqualTo("This case code is already imported into " + own.area().name());
  }
}
