package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.web.Languages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A commissioner who reads Welsh gets the quarterly report in Welsh throughout: the page, the PDF
 * and the spreadsheet, with Welsh section titles, labels, period and suppression words, and no
 * English label left from the English report. The API's JSON stays English for the programs that
 * read it, and the English report is unchanged.
 */
class WelshAreaReportTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea own;
  private ReportPeriod period;
  private String address;

  @BeforeEach
  void twoMenReferredInAnAreaOfItsOwn() {
    own = newArea();
    // TestData refers men three days ago; the report is for that day's quarter.
    period = ReportPeriod.quarterOf(clock.today().minusDays(3));
    address = "?area=" + own.code() + "&quarter=" + period.code();
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> r =
          apiPost(
              own.likeDemoUser("manager").token(),
              "/api/v1/referrals",
              TestData.referralJson(own.id()));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  /** "Ebrill – Mehefin 2026": the months stand apart, so no mutation after "i". */
  private String welshPeriod() {
    return period.from().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Languages.WELSH)
        + " – "
        + period.to().getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Languages.WELSH)
        + " "
        + period.to().getYear();
  }

  @Test
  void thePagePdfAndSpreadsheetAreWelshThroughout() throws Exception {
    PageSession commissioner = signedIn(own.likeDemoUser("commissioner"));
    String page = commissioner.get("/outcomes/area-report" + address + "&lang=cy").body();
    String text = page.replace("&#39;", "'");
    assertThat(text)
        .contains("<h2 class=\"govuk-heading-m\">Twndis atgyfeiriadau</h2>")
        .contains(">Wedi'u hatgyfeirio</th>")
        .contains("wedi'i ddal yn ôl (llai na 5)")
        .contains("Pwy gafodd eu hatgyfeirio")
        .contains("Amseroedd aros")
        .contains("Adroddiad chwarterol: " + welshPeriod())
        .doesNotContain("Referral funnel")
        .doesNotContain(">Referred<")
        .doesNotContain(Suppression.WITHHELD)
        .doesNotContain("Waiting times")
        .doesNotContain(period.label());

    String pdf =
        RiskReportFixture.pdfText(
            commissioner.getBytes("/outcomes/area-report.pdf" + address).body());
    assertThat(pdf)
        .contains("Twndis atgyfeiriadau")
        .contains("Wedi'u hatgyfeirio <5 wedi'i ddal yn ôl (llai na 5)")
        .contains(welshPeriod())
        .doesNotContain("Referral funnel")
        .doesNotContain("Referred <5")
        .doesNotContain(Suppression.WITHHELD)
        .doesNotContain(period.label());

    byte[] xlsx = commissioner.getBytes("/outcomes/area-report.xlsx" + address).body();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> sheets = workbook.getSheets().map(s -> s.getName()).toList();
      assertThat(sheets).contains("Twndis atgyfeiriadau").doesNotContain("Referral funnel");
      List<Row> rows =
          workbook
              .getSheets()
              .filter(s -> s.getName().equals("Twndis atgyfeiriadau"))
              .findFirst()
              .orElseThrow()
              .read();
      List<String> cells =
          rows.stream()
              .flatMap(r -> r.stream().map(c -> c == null ? "" : c.getText()))
              .collect(Collectors.toList());
      assertThat(cells.get(0)).contains(welshPeriod()).doesNotContain(period.label());
      assertThat(cells)
          .contains("Wedi'u hatgyfeirio", "wedi'i ddal yn ôl (llai na 5)")
          .doesNotContain("Referred", Suppression.WITHHELD, "Number", "% of referred");
      assertThat(ReportWorkbook.value(xlsx, "Twndis atgyfeiriadau", "Wedi'u hatgyfeirio"))
          .isEqualTo("<5");
    }
  }

  @Test
  void theApisJsonAndTheEnglishReportAreUnchangedWhenSomeoneReadsWelsh() {
    signedIn(own.likeDemoUser("commissioner")).get("/outcomes/area-report" + address + "&lang=cy");

    HttpResponse<String> r =
        apiGet(own.likeDemoUser("commissioner").token(), "/api/v1/outcomes/area-report" + address);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode funnel = JSON.readTree(r.body()).get("sections").get(0);
    assertThat(funnel.get("title").asString()).isEqualTo("Referral funnel");
    JsonNode referred = funnel.get("tables").get(0).get("lines").get(0);
    assertThat(referred.get("label").asString()).isEqualTo("Referred");
    assertThat(referred.get("share").asString()).isEqualTo(Suppression.WITHHELD);

    String english =
        signedIn(own.likeDemoUser("manager"))
            .get("/outcomes/area-report" + address + "&lang=en")
            .body();
    assertThat(english)
        .contains("Referral funnel")
        .contains(">Referred</th>")
        .contains(Suppression.WITHHELD)
        .contains("Quarterly report: " + period.label())
        .doesNotContain("Twndis");
  }
}
