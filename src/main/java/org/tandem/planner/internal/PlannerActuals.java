package org.tandem.planner.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallFiguresPass;

/**
 * What has actually happened so far this year in the Tandem areas a plan is set against: counts
 * only, from the report_* views the other features publish. Women reached are counted by partner
 * support's view, which gives a number of women per area and day and nothing about any one woman;
 * only the total leaves this class, and the page suppresses it when small. It is counted with a
 * pass for figures, and only in the pass's areas.
 */
@Repository
class PlannerActuals {

  record SoFar(int referrals, int assessments, int womenReached) {}

  private final JdbcClient jdbc;

  PlannerActuals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  SoFar between(WallFiguresPass pass, LocalDate from, LocalDate to) {
    Long[] ids = pass.areaIdArray();
    return jdbc.sql(
            """
            SELECT
              (SELECT count(*) FROM report_case_journey c
                WHERE c.area_id = ANY(:areas) AND c.referred_on BETWEEN :from AND :to) AS referrals,
              (SELECT count(*) FROM report_assessment_outcome a
                JOIN report_case_journey c ON c.referral_id = a.referral_id
                WHERE c.area_id = ANY(:areas) AND a.decided_at IS NOT NULL
                  AND a.decided_on BETWEEN :from AND :to) AS assessments,
              (SELECT coalesce(sum(w.women), 0) FROM report_women_first_reached w
                WHERE w.area_id = ANY(:areas)
                  AND w.first_reached_on BETWEEN :from AND :to) AS reached
            """)
        .param("areas", ids)
        .param("from", from)
        .param("to", to)
        .query(
            (rs, i) ->
                new SoFar(rs.getInt("referrals"), rs.getInt("assessments"), rs.getInt("reached")))
        .single();
  }
}
