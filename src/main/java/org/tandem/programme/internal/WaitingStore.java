package org.tandem.programme.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL for the men of an area who wait for a group: found ready for a place, holding none. */
@Repository
public class WaitingStore {

  /** The most a group page offers at once: the longest waiting first. */
  static final int MOST = 200;

  private final JdbcClient jdbc;

  WaitingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A man waiting, and since when his case has stood where it does. */
  public record WaitingRow(
      long referralId, String reference, String name, String status, LocalDate since) {}

  public List<WaitingRow> waiting(long areaId, Collection<String> readyStatuses) {
    return jdbc.sql(
            """
            SELECT r.id, r.reference, r.man_given_name || ' ' || r.man_family_name,
              r.status,
              (SELECT max(c.changed_on) FROM case_status_change c
               WHERE c.referral_id = r.id AND c.status = r.status) AS since
            FROM referral r
            WHERE r.area_id = :area AND r.status = ANY(:ready)
              AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.referral_id = r.id
                              AND e.status IN ('WAITING', 'ATTENDING', 'SUSPENDED'))
            ORDER BY since NULLS LAST, r.reference
            LIMIT :most
            """)
        .param("area", areaId)
        .param("ready", readyStatuses.toArray(String[]::new))
        .param("most", MOST)
        .query(
            (rs, i) ->
                new WaitingRow(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class)))
        .list();
  }
}
