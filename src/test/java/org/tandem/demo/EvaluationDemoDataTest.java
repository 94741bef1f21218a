package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.SignedIn;
import org.tandem.TandemTest;
import org.tandem.access.CaseAccess;
import org.tandem.access.WallFiguresPass;
import org.tandem.children.LadderOutcomes;
import org.tandem.evaluation.MeasureResult;
import org.tandem.evaluation.ReferrerEvaluations;
import org.tandem.partnersupport.WomenEvaluations;

/** The demo's Northmoor report has evaluation figures to show for the last month. */
class EvaluationDemoDataTest extends TandemTest {

  @Autowired WomenEvaluations women;
  @Autowired ReferrerEvaluations referrers;
  @Autowired LadderOutcomes ladder;
  @Autowired CaseAccess access;
  @Autowired UserDetailsService users;

  @Test
  void northmoorHasWomensReferrersAndChildrensEvaluationsToReport() {
    long northmoor = jdbc.sql("SELECT id FROM area WHERE code = 'NMR'").query(Long.class).single();
    LocalDate to = clock.today();
    LocalDate from = to.minusDays(35);
    // Her evaluations are counted from behind the wall: as the manager reading the report.
    WallFiguresPass figures =
        SignedIn.as(users, "manager", () -> access.wallFiguresFor(List.of(northmoor)));
    assertThat(women.selfReportResults(figures, northmoor, from, to))
        .filteredOn(r -> r.measure().equals("VIOLENCE") && r.point().equals("3 months"))
        .extracting(MeasureResult::answered)
        .allMatch(n -> n >= 3);
    assertThat(women.mirabalResults(figures, northmoor, from, to))
        .extracting(MeasureResult::answered)
        .anyMatch(n -> n >= 3);
    assertThat(referrers.results(northmoor, from, to))
        .extracting(MeasureResult::answered)
        .allMatch(n -> n >= 3);
    assertThat(ladder.ladderResults(northmoor, from, to).children()).isPositive();
  }
}
