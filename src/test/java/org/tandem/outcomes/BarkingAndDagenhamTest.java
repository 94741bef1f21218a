package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published Barking & Dagenham table (shared/data/dvip-east-london-2008, copied value for value
 * into test resources) must give the figures its README states.
 */
class BarkingAndDagenhamTest {

  static List<HistoricalRow> publishedTable() throws Exception {
    try (Reader csv =
        new InputStreamReader(
            BarkingAndDagenhamTest.class.getResourceAsStream("/outcomes/barking-dagenham.csv"),
            StandardCharsets.UTF_8)) {
      HistoricalTable.Reading reading = HistoricalTable.read(csv);
      assertThat(reading.problems()).isEmpty();
      return reading.rows();
    }
  }

  private static List<OutcomeCase> asImported(List<HistoricalRow> rows, String evaluatorMarks) {
    return rows.stream()
        .map(
            r ->
                new OutcomeCase(
                    r.caseCode(),
                    r.policeEvidence(),
                    r.inventoryViolence(),
                    r.repeatEvidenced(),
                    r.caseCode().equals(evaluatorMarks)
                        ? "No sessions, partner not engaged"
                        : r.exclusionOnImport()))
        .toList();
  }

  @Test
  void theTableAsPublishedGivesFiftyThreeThirtyOneThreeAndNinetyPointThree() throws Exception {
    RepeatVictimisation.Result result =
        RepeatVictimisation.calculate(asImported(publishedTable(), null));

    assertThat(result.cases()).isEqualTo(16);
    assertThat(result.preAssessmentIncidents()).isEqualTo(53);
    assertThat(result.excludedIncidents()).isEqualTo(22);
    assertThat(result.remainingIncidents()).isEqualTo(31);
    assertThat(result.duringIntervention()).isEqualTo(3);
    assertThat(result.percentDecrease()).isEqualByComparingTo(new BigDecimal("90.3"));
    assertThat(result.exclusions())
        .extracting(RepeatVictimisation.Exclusion::caseCode)
        .containsExactly("B&D1", "B&D9", "B&D10", "B&D12", "B&D14");
    assertThat(result.exclusions())
        .extracting(RepeatVictimisation.Exclusion::incidents)
        .containsExactly(3, 2, 13, 3, 1);
    assertThat(result.exclusions()).allSatisfy(e -> assertThat(e.reason()).contains("N/K"));
  }

  @Test
  void markingBAndD16AsNoLongerInvolvedGivesThePublishedTwentyEightAndEightyNinePointThree()
      throws Exception {
    RepeatVictimisation.Result result =
        RepeatVictimisation.calculate(asImported(publishedTable(), "B&D16"));

    assertThat(result.remainingIncidents()).isEqualTo(28);
    assertThat(result.duringIntervention()).isEqualTo(3);
    assertThat(result.percentDecrease()).isEqualByComparingTo(new BigDecimal("89.3"));
    assertThat(result.exclusions())
        .extracting(RepeatVictimisation.Exclusion::caseCode)
        .containsExactly("B&D1", "B&D9", "B&D10", "B&D12", "B&D14", "B&D16");
    assertThat(result.exclusions().get(5).reason()).isEqualTo("No sessions, partner not engaged");
  }

  @Test
  void everyValueIsReadAsWritten() throws Exception {
    List<HistoricalRow> rows = publishedTable();
    HistoricalRow five = rows.get(4);
    assertThat(five.rowNumber()).isEqualTo(6);
    assertThat(five.caseCode()).isEqualTo("B&D5");
    assertThat(five.policeEvidenceWritten()).isEqualTo("Un-clear");
    assertThat(five.policeEvidence().counted()).isEqualTo(3);
    assertThat(five.inventoryViolence()).isEqualTo("20+");
    HistoricalRow eight = rows.get(7);
    assertThat(eight.sessionsCompleted()).isTrue();
    assertThat(eight.sessionsAttended()).isNull();
    HistoricalRow seven = rows.get(6);
    assertThat(seven.caseStatus()).isNull();
    HistoricalRow nine = rows.get(8);
    assertThat(nine.disclosedViolence()).isNull();
    assertThat(nine.womanEngaged()).isFalse();
  }
}
