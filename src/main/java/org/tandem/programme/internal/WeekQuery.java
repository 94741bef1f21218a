package org.tandem.programme.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.programme.internal.ProgrammeStore.EnrolmentRow;

/**
 * What a facilitator's week needs of several groups at once, each a single statement for all the
 * groups, so that a week of ten groups costs what a week of one does.
 */
@Repository
public class WeekQuery {

  private final JdbcClient jdbc;

  WeekQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Each group's curriculum. */
  public Map<Long, Long> curriculumOf(Collection<Long> groupIds) {
    Map<Long, Long> curricula = new HashMap<>();
    jdbc.sql("SELECT id, curriculum_id FROM programme_group WHERE id = ANY(:ids)")
        .param("ids", groupIds.toArray(Long[]::new))
        .query(
            rs -> {
              curricula.put(rs.getLong(1), rs.getLong(2));
            });
    return curricula;
  }

  /** The men of each group still holding a place, in order of intake and name. */
  public Map<Long, List<EnrolmentRow>> liveEnrolments(Collection<Long> groupIds) {
    Map<Long, List<EnrolmentRow>> byGroup = new HashMap<>();
    groupIds.forEach(id -> byGroup.put(id, new ArrayList<>()));
    jdbc.sql(
            ProgrammeStore.ENROLMENT_SELECT
                + " WHERE e.group_id = ANY(:ids) AND e.status IN ('WAITING', 'ATTENDING',"
                + " 'SUSPENDED') ORDER BY e.intake_on, r.man_family_name, e.id")
        .param("ids", groupIds.toArray(Long[]::new))
        .query(
            rs -> {
              EnrolmentRow row = ProgrammeStore.enrolmentRow(rs);
              byGroup.get(row.groupId()).add(row);
            });
    return byGroup;
  }

  /** The curriculum position of each group's latest session, 0 before its first. */
  public Map<Long, Integer> lastPositionsDelivered(Collection<Long> groupIds) {
    Map<Long, Integer> positions = new HashMap<>();
    jdbc.sql(
            """
            SELECT g.id, coalesce(max(cs.position), 0) FROM programme_group g
            LEFT JOIN group_session gs ON gs.group_id = g.id
              AND gs.held_on = (SELECT max(held_on) FROM group_session WHERE group_id = g.id)
            LEFT JOIN curriculum_session cs ON cs.id = gs.curriculum_session_id
            WHERE g.id = ANY(:ids) GROUP BY g.id
            """)
        .param("ids", groupIds.toArray(Long[]::new))
        .query(
            rs -> {
              positions.put(rs.getLong(1), rs.getInt(2));
            });
    return positions;
  }

  /** The days from {@code from} to {@code to} on which each group's session is recorded. */
  public Set<String> sessionsHeld(Collection<Long> groupIds, LocalDate from, LocalDate to) {
    Set<String> held = new HashSet<>();
    jdbc.sql(
            "SELECT group_id, held_on FROM group_session WHERE group_id = ANY(:ids)"
                + " AND held_on BETWEEN :from AND :to")
        .param("ids", groupIds.toArray(Long[]::new))
        .param("from", from)
        .param("to", to)
        .query(
            rs -> {
              held.add(heldKey(rs.getLong(1), rs.getObject(2, LocalDate.class)));
            });
    return held;
  }

  /**
   * How many men each group expects on its day ({@code on}): those holding a place, not suspended,
   * whose intake has come. Counts only, so nobody is named and nothing of a case is read.
   */
  public Map<Long, Integer> menExpected(Map<Long, LocalDate> on) {
    Map<Long, Integer> expected = new HashMap<>();
    List<Long> ids = List.copyOf(on.keySet());
    jdbc.sql(
            """
            SELECT g.id, count(e.id)
            FROM unnest(CAST(:ids AS bigint[]), CAST(:days AS date[])) AS g(id, meets_on)
            LEFT JOIN enrolment e ON e.group_id = g.id
              AND e.status IN ('WAITING', 'ATTENDING') AND e.intake_on <= g.meets_on
            GROUP BY g.id
            """)
        .param("ids", ids.toArray(Long[]::new))
        .param("days", ids.stream().map(id -> on.get(id).toString()).toArray(String[]::new))
        .query(
            rs -> {
              expected.put(rs.getLong(1), rs.getInt(2));
            });
    return expected;
  }

  public static String heldKey(long groupId, LocalDate on) {
    return groupId + "@" + on;
  }
}
