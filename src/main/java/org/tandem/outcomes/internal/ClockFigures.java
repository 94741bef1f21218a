package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallFiguresPass;
import org.tandem.outcomes.ReportPeriod;

/**
 * The service's clocks for the quarterly report, from the view clocks publishes (report_clock): for
 * the people referred in the quarter, how many each clock timed and how many breached by the day
 * the report stands on. Her clocks are counted from behind the wall: counts only, with the pass.
 */
@Repository
class ClockFigures {

  /** One clock's counts: the people it timed, and how many of them breached. */
  record ClockCount(String clock, int timed, int breached) {}

  private final JdbcClient jdbc;

  ClockFigures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every clock, in the order the report lists them, with 0 for a clock that timed nobody. */
  List<ClockCount> forArea(
      WallFiguresPass figures, long areaId, ReportPeriod period, LocalDate upTo) {
    return jdbc.sql(
            """
            SELECT k.clock,
                   coalesce(sum(c.people), 0)::int AS timed,
                   coalesce(sum(c.late + CASE WHEN c.breached_from <= :upTo THEN c.running
                                              ELSE 0 END), 0)::int AS breached
            FROM unnest(CAST(:clocks AS text[])) WITH ORDINALITY AS k(clock, n)
            LEFT JOIN report_clock c ON c.clock = k.clock AND c.area_id = :area
              AND c.area_id = ANY(:areas) AND c.referred_on BETWEEN :from AND :to
            GROUP BY k.clock, k.n
            ORDER BY k.n
            """)
        .param(
            "clocks",
            new String[] {
              "HIS_FIRST_ATTEMPT",
              "HIS_ASSESSMENT",
              "HIS_PROGRAMME_START",
              "HER_FIRST_ATTEMPT",
              "HER_REACHED"
            })
        .param("area", areaId)
        .param("areas", figures.areaIdArray())
        .param("from", period.from())
        .param("to", period.to())
        .param("upTo", upTo)
        .query((rs, i) -> new ClockCount(rs.getString(1), rs.getInt(2), rs.getInt(3)))
        .list();
  }
}
