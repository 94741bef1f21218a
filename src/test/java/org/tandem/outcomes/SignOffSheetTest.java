package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spreadsheet frozen at sign-off opens on a sheet that says what it is: the area and quarter,
 * the version, who signed it off and when, the manager's notes, and for a correction why and which
 * figures changed. A commissioner who saved the file long ago can tell from it alone. It names
 * nobody but the manager, and a case changed after sign-off changes nothing in it.
 */
class SignOffSheetTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();
  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private TestArea own;
  private ReportPeriod quarter;
  private String base;
  private final List<String> references = new ArrayList<>();
  private LocalDateTime signedAt;

  @BeforeEach
  void anAreaWithSixCasesLastQuarterAndAMomentToSignAt() {
    own = newArea();
    quarter = ReportPeriod.quarterOf(clock.today()).previousQuarter();
    base = "/api/v1/area-reports/" + own.code() + "/" + quarter.code();
    for (int i = 0; i < 6; i++) {
      refer();
    }
    signedAt = clock.today().plusDays(1).atTime(LocalTime.of(9, 5));
    clock.travelTo(signedAt);
  }

  private void refer() {
    references.add(newCase(own, AReferral.in(own).referredOn(quarter.from().plusDays(10))));
  }

  @Test
  void aFirstVersionOpensOnItsSignOffAndACaseChangedAfterChangesNothing() throws Exception {
    signOff("", 0, "Two referrers changed their forms.", null);
    byte[] xlsx = download(1);

    assertThat(ReportWorkbook.sheets(xlsx)).first().isEqualTo("Sign-off");
    assertThat(ReportWorkbook.sheets(xlsx)).contains("Referral funnel");
    List<String> sheet = ReportWorkbook.rows(xlsx, "Sign-off");
    assertThat(sheet)
        .containsExactly(
            "Sign-off – " + areaName() + ", " + period(Locale.ENGLISH, " to "),
            "Area | " + areaName(),
            "Quarter | " + period(Locale.ENGLISH, " to "),
            "Version | 1",
            "Signed off by | " + managerName() + " (Service manager)",
            "Signed off on | " + at(Locale.ENGLISH),
            "Notes from the service manager | Two referrers changed their forms.");
    assertThat(ReportWorkbook.referred(xlsx)).isEqualTo("6");

    // A seventh man referred in the quarter is recorded after sign-off: the file is as it was sent.
    refer();
    byte[] later = download(1);
    assertThat(later).isEqualTo(xlsx);
    assertThat(ReportWorkbook.rows(later, "Sign-off")).isEqualTo(sheet);
    assertThat(ReportWorkbook.referred(later)).isEqualTo("6");
  }

  @Test
  void aCorrectionSaysWhyAndWhichFiguresChangedAndNamesNoCase() throws Exception {
    signOff("", 0, "", null);
    refer();
    signOff("", 1, "", "A referral recorded late.");
    byte[] xlsx = download(2);

    List<String> sheet = ReportWorkbook.rows(xlsx, "Sign-off");
    assertThat(sheet.subList(0, 10))
        .containsExactly(
            "Sign-off – " + areaName() + ", " + period(Locale.ENGLISH, " to "),
            "Area | " + areaName(),
            "Quarter | " + period(Locale.ENGLISH, " to "),
            "Version | 2",
            "Signed off by | " + managerName() + " (Service manager)",
            "Signed off on | " + at(Locale.ENGLISH),
            "Notes from the service manager",
            "Why this version corrects the last | A referral recorded late.",
            "Differences from version 1 as sent",
            "Figure | As sent | Now");
    assertThat(sheet)
        .contains(
            "Referral funnel: Men referred in the quarter: Referred | 6 (100.0%) | 7 (100.0%)");
    String all = String.join("\n", sheet);
    for (String reference : references) {
      assertThat(all).as("no case is named").doesNotContain(reference);
    }
    assertThat(ReportWorkbook.referred(xlsx)).isEqualTo("7");
    assertThat(ReportWorkbook.rows(download(1), "Sign-off")).contains("Version | 1");
  }

  @Test
  void signedOffInWelshTheSheetIsWelsh() throws Exception {
    signOff("?lang=cy", 0, "Newidiodd dau atgyfeiriwr eu ffurflenni.", null);
    List<String> first = ReportWorkbook.rows(download(1), "Cymeradwyo");
    assertThat(first)
        .containsExactly(
            "Cymeradwyo – " + areaName() + ", " + period(WELSH, " – "),
            "Ardal | " + areaName(),
            "Chwarter | " + period(WELSH, " – "),
            "Fersiwn | 1",
            "Cymeradwywyd gan | " + managerName() + " (Rheolwr y gwasanaeth)",
            "Cymeradwywyd ar | " + at(WELSH),
            "Nodiadau gan y rheolwr gwasanaeth | Newidiodd dau atgyfeiriwr eu ffurflenni.");

    refer();
    signOff("?lang=cy", 1, "", "Atgyfeiriad a gofnodwyd yn hwyr.");
    byte[] xlsx = download(2);
    assertThat(ReportWorkbook.sheets(xlsx)).first().isEqualTo("Cymeradwyo");
    List<String> sheet = ReportWorkbook.rows(xlsx, "Cymeradwyo");
    assertThat(sheet.subList(3, 10))
        .containsExactly(
            "Fersiwn | 2",
            "Cymeradwywyd gan | " + managerName() + " (Rheolwr y gwasanaeth)",
            "Cymeradwywyd ar | " + at(WELSH),
            "Nodiadau gan y rheolwr gwasanaeth",
            "Pam mae'r fersiwn hon yn cywiro'r un flaenorol | Atgyfeiriad a gofnodwyd yn hwyr.",
            "Gwahaniaethau o fersiwn 1 fel y'i hanfonwyd",
            "Ffigur | Fel y'i hanfonwyd | Nawr");
    assertThat(sheet)
        .contains(
            "Twndis atgyfeiriadau: Dynion a atgyfeiriwyd yn y chwarter: Wedi'u hatgyfeirio"
                + " | 6 (100.0%) | 7 (100.0%)");
  }

  private void signOff(String lang, int reviewed, String notes, String reason) {
    var body = JSON.createObjectNode().put("reviewedVersion", reviewed).put("notes", notes);
    if (reason != null) {
      body.put("correctionReason", reason);
    }
    HttpResponse<String> r =
        apiPost(own.token(Role.SERVICE_MANAGER), base + "/versions" + lang, body.toString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
  }

  private byte[] download(int version) {
    HttpResponse<byte[]> r =
        apiGetBytes(own.token(Role.COMMISSIONER), base + "/versions/" + version + "?format=xlsx");
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }

  private String areaName() {
    return own.area().name();
  }

  private String managerName() {
    return own.user(Role.SERVICE_MANAGER).displayName();
  }

  /** "July to September 2026"; in Welsh the months stand apart: "Gorffennaf – Medi 2026". */
  private String period(Locale locale, String between) {
    return month(quarter.from().getMonth(), locale)
        + between
        + month(quarter.to().getMonth(), locale)
        + " "
        + quarter.to().getYear();
  }

  private static String month(Month month, Locale locale) {
    return month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
  }

  private String at(Locale locale) {
    return signedAt.format(DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale));
  }
}
