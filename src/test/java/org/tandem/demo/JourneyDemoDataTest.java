package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;

/** A newcomer to the demo finds Northmoor's cases along the whole journey, each with its moves. */
class JourneyDemoDataTest extends TandemTest {

  @Test
  void northmoorHasCasesAtEveryStageOfTheJourney() {
    var statuses =
        jdbc.sql(
                """
                SELECT DISTINCT r.status FROM referral r JOIN area a ON a.id = r.area_id
                WHERE a.code = 'NMR'
                """)
            .query(String.class)
            .list();
    assertThat(statuses)
        .contains(
            "AWAITING_TRIAGE",
            "AWAITING_ASSESSMENT",
            "REFERRED_ON",
            "ASSESSED_NOT_READY",
            "IN_PROGRAMME",
            "CLOSED");
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
