package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every row is checked, every problem is named by row and column, and a bad file reads nothing. */
class HistoricalTableTest {

  private static final String HEADER = String.join(",", HistoricalTable.COLUMNS) + "\n";

  private static HistoricalTable.Reading read(String csv) {
    return HistoricalTable.read(new StringReader(csv));
  }

  /** The problem as a reader of this language is told it, placed in the file. */
  private static String said(ImportProblem p, Locale language) {
    ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();
    bundle.setBasename("messages-outcomes");
    bundle.setDefaultEncoding("UTF-8");
    bundle.setFallbackToSystemLocale(false);
    Object[] args = p.args().isEmpty() ? null : p.args().toArray();
    String message = bundle.getMessage(p.key(), args, language);
    return bundle.getMessage(p.frameKey(), p.frameArgs(message), language);
  }

  private static String english(ImportProblem p) {
    return said(p, Locale.ENGLISH);
  }

  @Test
  void aFileWithOneBadRowReadsNothingAndNamesTheRowAndColumn() {
    HistoricalTable.Reading reading =
        read(
            HEADER
                + "X1,CS,3,4,Y,0,0,0,R,Y\n"
                + "X2,CS,lots,4,Y,0,0,6,DR,Y\n"
                + "X3,CS,2,5 to 10,Y,0,0,12,,N\n");

    assertThat(reading.accepted()).isFalse();
    assertThat(reading.rows()).isEmpty();
    assertThat(reading.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.row()).isEqualTo(3);
              assertThat(p.column()).isEqualTo("police_chronology_evidence");
              assertThat(p.caseCode()).isEqualTo("X2");
              assertThat(english(p))
                  .startsWith("Row 3 (X2), column police_chronology_evidence: ")
                  .doesNotContain("lots");
            });
  }

  @Test
  void everyBrokenCellIsReportedNotJustTheFirst() {
    HistoricalTable.Reading reading =
        read(HEADER + "X1,,3,many,maybe,some,N/K,six,R,perhaps\n" + "X1,CS,3,4,Y,0,0,0,R,Y\n");

    assertThat(reading.problems())
        .extracting(ImportProblem::column)
        .containsExactly(
            "referral_source",
            "inventory_violence",
            "risk_report",
            "disclosed_violence",
            "sessions",
            "woman_engaged");
  }

  @Test
  void aRepeatedCaseCodeNamesTheEarlierRow() {
    HistoricalTable.Reading reading =
        read(HEADER + "X1,CS,3,4,Y,0,0,0,R,Y\n" + "x1,CS,3,4,Y,0,0,0,R,Y\n");

    assertThat(reading.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(english(p))
                    .isEqualTo("Row 3 (x1), column case: This case code is also on row 2"));
  }

  @Test
  void aRowWithTooFewValuesIsNamed() {
    HistoricalTable.Reading reading = read(HEADER + "X1,CS,3,4,Y,0,0,0,R\n");

    assertThat(reading.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(english(p))
                    .isEqualTo("Row 2 (X1): This row has 9 values; the header names 10"));
  }

  @Test
  void theHeaderMustBeThePublishedOne() {
    HistoricalTable.Reading reading = read("case,source\nX1,CS\n");

    assertThat(reading.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(1));
  }

  @Test
  void blankLinesKeepTheRowNumbersASpreadsheetShows() {
    HistoricalTable.Reading reading =
        read(HEADER + "X1,CS,3,4,Y,0,0,0,R,Y\n\nX3,CS,3+,4,Y,0,0,x,R,Y\n");

    assertThat(reading.problems()).singleElement().satisfies(p -> assertThat(p.row()).isEqualTo(4));
  }

  @Test
  void atLeastAndUnclearAreReadAsTheMethodSays() {
    HistoricalTable.Reading reading =
        read(
            HEADER + "X1,CS,4+,4,Y,0,0,0,R,Y\n" + "X2,CS,Unclear,15 - 20,y,N/K,N/K,completed,,n\n");

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.rows().get(0).policeEvidence().counted()).isEqualTo(4);
    assertThat(reading.rows().get(0).policeEvidence().asWritten()).isEqualTo("4+");
    assertThat(reading.rows().get(1).policeEvidence().counted()).isEqualTo(3);
    assertThat(reading.rows().get(1).exclusionOnImport()).contains("N/K");
  }

  @Test
  void anEmptyFileOrAHeaderAloneIsRefused() {
    assertThat(read("").problems())
        .singleElement()
        .satisfies(p -> assertThat(english(p)).isEqualTo("Row 1: The file is empty"));
    assertThat(read(HEADER).problems())
        .singleElement()
        .satisfies(
            p -> assertThat(english(p)).isEqualTo("Row 1: The file has a header but no cases"));
  }

  @Test
  void aProblemIsAKeyWithArgumentsSaidInTheReadersLanguage() {
    ImportProblem repeated =
        read(HEADER + "X1,CS,3,4,Y,0,0,0,R,Y\n" + "X1,CS,3,4,Y,0,0,0,R,Y\n").problems().get(0);

    assertThat(repeated.key()).isEqualTo("outcomes.import.problem.alsoOnRow");
    assertThat(repeated.args()).containsExactly("2");
    assertThat(said(repeated, Locale.forLanguageTag("cy")))
        .isEqualTo("Rhes 3 (X1), colofn case: Mae cod yr achos hwn hefyd ar res 2");

    ImportProblem short1 = read(HEADER + "X1\n").problems().get(0);
    assertThat(english(short1)).isEqualTo("Row 2 (X1): This row has 1 value; the header names 10");
    assertThat(said(short1, Locale.forLanguageTag("cy")))
        .isEqualTo("Rhes 2 (X1): Mae un gwerth yn y rhes hon; mae'r pennawd yn enwi 10");
  }
}
