package org.tandem.planner.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallFiguresPass;

/**
 * What has actually happened so far this year in the Tandem areas a plan is set against: counts
 * only. Women reached are counted from where contact with each woman stands, behind the wall; only
 * the total leaves this class, and the page suppresses it when small. It is counted with a pass for
 * figures, and only in the pass's areas.
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
              (SELECT count(*) FROM referral r
                WHERE r.area_id = ANY(:areas) AND r.referred_on BETWEEN :from AND :to) AS referrals,
              (SELECT count(*) FROM assessment a JOIN referral r ON r.id = a.referral_id
                WHERE r.area_id = ANY(:areas) AND a.decided_at IS NOT NULL
                  AND (a.decided_at AT TIME ZONE 'Europe/London')::date BETWEEN :from AND :to) AS assessments,
              (SELECT count(*) FROM partner p JOIN referral r ON r.id = p.referral_id
                WHERE r.area_id = ANY(:areas)
                  AND (SELECT min(c.changed_on) FROM partner_contact_status_change c
                        WHERE c.partner_id = p.id AND c.status IN ('CONTACTED', 'ENGAGED'))
                      BETWEEN :from AND :to) AS reached
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
