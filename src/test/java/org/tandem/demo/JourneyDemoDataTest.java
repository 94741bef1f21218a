package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.referral.CaseStatus;

/** A newcomer to the demo finds cases at every stage of the journey, each with its moves. */
class JourneyDemoDataTest extends TandemTest {

  @Test
  void theDemoHasCasesAtEveryStageOfTheJourney() {
    var statuses =
        jdbc.sql(
                """
                SELECT DISTINCT r.status FROM referral r JOIN area a ON a.id = r.area_id
                WHERE a.code IN ('NMR', 'EWV')
                """)
            .query(String.class)
            .list();
    assertThat(statuses)
        .containsExactlyInAnyOrder(
            Arrays.stream(CaseStatus.values()).map(Enum::name).toArray(String[]::new));
    long withoutHistory =
        jdbc.sql(
                """
                SELECT count(*) FROM referral r
                WHERE NOT EXISTS (SELECT 1 FROM case_status_change h WHERE h.referral_id = r.id)
                """)
            .query(Long.class)
            .single();
    assertThat(withoutHistory).as("cases with no recorded moves").isZero();
  }
}
