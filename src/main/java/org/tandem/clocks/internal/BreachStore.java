package org.tandem.clocks.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.clocks.ClockBreach;
import org.tandem.clocks.ClockKind;

/**
 * Breaches, read from the published view report_clock, so that the manager's list, my work and the
 * quarterly report count them by one rule: a clock has breached on a day when some of the people it
 * times reached the step late, or are still waiting on or after the working day after the due day.
 */
@Repository
public class BreachStore {

  private static final String BREACHED =
      "(c.late > 0 OR (c.running > 0 AND c.breached_from <= :today))";
  private static final String COLUMNS =
      """
      c.referral_id, r.reference, c.area_id, c.clock, c.due_on, c.target_days, c.late,
      CASE WHEN c.breached_from <= :today THEN c.running ELSE 0 END AS overdue
      """;

  private final JdbcClient jdbc;

  BreachStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A page of breaches in these areas, longest overdue first; of these clocks only (his, or his and
   * hers for a role behind the wall), and of one clock when {@code clock} is set.
   */
  public List<ClockBreach> page(
      Collection<Long> areaIds,
      Collection<ClockKind> kinds,
      LocalDate today,
      long offset,
      int size) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                FROM report_clock c JOIN referral r ON r.id = c.referral_id
                WHERE c.area_id = ANY(:areas) AND c.clock = ANY(:clocks) AND
                """
                + BREACHED
                + " ORDER BY c.due_on, r.reference, c.clock LIMIT :size OFFSET :offset")
        .param("areas", areaIds.toArray(Long[]::new))
        .param("clocks", names(kinds))
        .param("today", today)
        .param("size", size)
        .param("offset", offset)
        .query(BreachStore::breach)
        .list();
  }

  public long count(Collection<Long> areaIds, Collection<ClockKind> kinds, LocalDate today) {
    return jdbc.sql(
            "SELECT count(*) FROM report_clock c"
                + " WHERE c.area_id = ANY(:areas) AND c.clock = ANY(:clocks) AND "
                + BREACHED)
        .param("areas", areaIds.toArray(Long[]::new))
        .param("clocks", names(kinds))
        .param("today", today)
        .query(Long.class)
        .single();
  }

  /** The breached clocks of these cases, of these clocks, in one query. */
  public List<ClockBreach> forCases(
      Collection<Long> referralIds, Collection<ClockKind> kinds, LocalDate today) {
    return forCases(referralIds, null, kinds, today);
  }

  /** As above, kept to these areas when {@code areaIds} is not null. */
  public List<ClockBreach> forCases(
      Collection<Long> referralIds,
      Collection<Long> areaIds,
      Collection<ClockKind> kinds,
      LocalDate today) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                FROM report_clock c JOIN referral r ON r.id = c.referral_id
                WHERE c.referral_id = ANY(:cases) AND c.clock = ANY(:clocks)
                  AND (CAST(:areas AS bigint[]) IS NULL OR c.area_id = ANY(:areas)) AND
                """
                + BREACHED
                + " ORDER BY c.due_on, r.reference, c.clock")
        .param("cases", referralIds.toArray(Long[]::new))
        .param("areas", areaIds == null ? null : areaIds.toArray(Long[]::new))
        .param("clocks", names(kinds))
        .param("today", today)
        .query(BreachStore::breach)
        .list();
  }

  /**
   * How many clocks have breached in each area: each person a clock times counts once (two women on
   * a case whose first attempts were both late are two), every area asked for is in the answer.
   */
  public Map<Long, Long> countByArea(Collection<Long> areaIds, LocalDate today) {
    Map<Long, Long> counts = new LinkedHashMap<>();
    areaIds.forEach(a -> counts.put(a, 0L));
    jdbc.sql(
            """
            SELECT c.area_id,
                   sum(c.late + CASE WHEN c.breached_from <= :today THEN c.running ELSE 0 END)
                       AS breaches
            FROM report_clock c
            WHERE c.area_id = ANY(:areas)
            GROUP BY c.area_id
            """)
        .param("areas", areaIds.toArray(Long[]::new))
        .param("today", today)
        .query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
        .list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  private static String[] names(Collection<ClockKind> kinds) {
    return kinds.stream().map(Enum::name).toArray(String[]::new);
  }

  private static ClockBreach breach(ResultSet rs, int i) throws SQLException {
    return new ClockBreach(
        rs.getLong("referral_id"),
        rs.getString("reference"),
        rs.getLong("area_id"),
        ClockKind.valueOf(rs.getString("clock")),
        rs.getObject("due_on", LocalDate.class),
        rs.getInt("target_days"),
        rs.getLong("late"),
        rs.getLong("overdue"));
  }
}
