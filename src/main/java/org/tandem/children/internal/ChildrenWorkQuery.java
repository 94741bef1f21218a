package org.tandem.children.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.children.ChildSession;
import org.tandem.children.ChildSessionKind;
import org.tandem.children.LadderReading;
import org.tandem.children.LadderStage;
import org.tandem.children.ProtectionHistory;
import org.tandem.referral.ProtectionStatus;

/**
 * The work done with several children at once: four statements for the whole family, however many
 * children it has, rather than four for each child.
 */
@Repository
public class ChildrenWorkQuery {

  /** What has been done with one child: status changes, readings, recent sessions, all sessions. */
  public record Done(
      List<ProtectionHistory.Change> changes,
      List<LadderReading> readings,
      List<ChildSession> recentSessions,
      long sessionCount) {}

  private final JdbcClient jdbc;

  ChildrenWorkQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** For each of these children, what has been done, with at most {@code recent} sessions. */
  public Map<Long, Done> of(List<Long> children, int recent) {
    Map<Long, List<ProtectionHistory.Change>> changes = byChild(children);
    Map<Long, List<LadderReading>> readings = byChild(children);
    Map<Long, List<ChildSession>> sessions = byChild(children);
    Map<Long, Long> counts = new HashMap<>();
    if (!children.isEmpty()) {
      Long[] ids = children.toArray(Long[]::new);
      jdbc.sql(
              """
              SELECT child_id, id, previous_status, status, changed_on, recorded_by
              FROM child_protection_change WHERE child_id = ANY(:children)
              ORDER BY changed_on DESC, id DESC
              """)
          .param("children", ids)
          .query(
              rs -> {
                changes
                    .get(rs.getLong("child_id"))
                    .add(
                        new ProtectionHistory.Change(
                            rs.getLong("id"),
                            ProtectionStatus.valueOf(rs.getString("previous_status")),
                            ProtectionStatus.valueOf(rs.getString("status")),
                            rs.getObject("changed_on", LocalDate.class),
                            rs.getString("recorded_by")));
              });
      jdbc.sql(
              """
              SELECT child_id, id, stage, taken_on, rating, recorded_by
              FROM safety_ladder_reading WHERE child_id = ANY(:children)
              ORDER BY taken_on DESC, id DESC
              """)
          .param("children", ids)
          .query(
              rs -> {
                readings
                    .get(rs.getLong("child_id"))
                    .add(
                        new LadderReading(
                            rs.getLong("id"),
                            LadderStage.valueOf(rs.getString("stage")),
                            rs.getObject("taken_on", LocalDate.class),
                            rs.getInt("rating"),
                            rs.getString("recorded_by")));
              });
      jdbc.sql(
              """
              SELECT child_id, id, held_on, duration_minutes, kind, wellbeing_notes, recorded_by
              FROM (SELECT s.*, row_number() OVER (PARTITION BY child_id
                                                   ORDER BY held_on DESC, id DESC) AS n
                    FROM child_session s WHERE child_id = ANY(:children)) recent
              WHERE n <= :recent
              ORDER BY held_on DESC, id DESC
              """)
          .param("children", ids)
          .param("recent", recent)
          .query(
              rs -> {
                sessions
                    .get(rs.getLong("child_id"))
                    .add(
                        new ChildSession(
                            rs.getLong("id"),
                            rs.getObject("held_on", LocalDate.class),
                            rs.getInt("duration_minutes"),
                            ChildSessionKind.valueOf(rs.getString("kind")),
                            rs.getString("wellbeing_notes"),
                            rs.getString("recorded_by")));
              });
      jdbc.sql(
              "SELECT child_id, count(*) AS n FROM child_session WHERE child_id = ANY(:children)"
                  + " GROUP BY child_id")
          .param("children", ids)
          .query(
              rs -> {
                counts.put(rs.getLong("child_id"), rs.getLong("n"));
              });
    }
    Map<Long, Done> done = new HashMap<>();
    for (Long child : children) {
      done.put(
          child,
          new Done(
              changes.get(child),
              readings.get(child),
              sessions.get(child),
              counts.getOrDefault(child, 0L)));
    }
    return done;
  }

  private static <T> Map<Long, List<T>> byChild(List<Long> children) {
    Map<Long, List<T>> lists = new HashMap<>();
    children.forEach(child -> lists.put(child, new ArrayList<>()));
    return lists;
  }
}
