package org.tandem.programme.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.programme.CurriculumSessionDetails;
import org.tandem.programme.CurriculumSummary;

/** Plain SQL for curricula and their sessions. */
@Repository
public class CurriculumStore {

  /** Added to every position while renumbering, so no two sessions ever share one on the way. */
  private static final int RENUMBER_OFFSET = 100_000;

  private final JdbcClient jdbc;

  CurriculumStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  private static final String SUMMARY_SELECT =
      """
      SELECT c.id, c.name, c.is_default, count(s.id) AS sessions,
        coalesce(sum(s.hours), 0) AS hours,
        coalesce(sum(s.hours) FILTER (WHERE s.stage = 1), 0) AS stage_one_hours
      FROM curriculum c LEFT JOIN curriculum_session s ON s.curriculum_id = c.id
      """;

  /** The curriculum a new group runs unless another is chosen. */
  public long defaultCurriculumId() {
    return jdbc.sql("SELECT id FROM curriculum WHERE is_default").query(Long.class).single();
  }

  public List<CurriculumSummary> curricula() {
    return jdbc.sql(SUMMARY_SELECT + " GROUP BY c.id ORDER BY c.is_default DESC, c.name")
        .query((rs, i) -> summary(rs))
        .list();
  }

  public Optional<CurriculumSummary> curriculum(long id) {
    return jdbc.sql(SUMMARY_SELECT + " WHERE c.id = :id GROUP BY c.id")
        .param("id", id)
        .query((rs, i) -> summary(rs))
        .optional();
  }

  private static CurriculumSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new CurriculumSummary(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getBoolean("is_default"),
        rs.getInt("sessions"),
        rs.getBigDecimal("hours").stripTrailingZeros(),
        rs.getBigDecimal("stage_one_hours").stripTrailingZeros());
  }

  public boolean exists(long id) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM curriculum WHERE id = :id)")
        .param("id", id)
        .query(Boolean.class)
        .single();
  }

  /** Locks the curriculum against other changes until the transaction ends; false if none. */
  public boolean lock(long id) {
    return jdbc.sql("SELECT id FROM curriculum WHERE id = :id FOR UPDATE")
        .param("id", id)
        .query(Long.class)
        .optional()
        .isPresent();
  }

  public boolean nameTaken(String name) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM curriculum WHERE lower(name) = lower(:n))")
        .param("n", name.strip())
        .query(Boolean.class)
        .single();
  }

  /** A new curriculum holding a copy of another's sessions, in the same order. */
  public long copy(long fromId, String name) {
    long id =
        jdbc.sql("INSERT INTO curriculum (name) VALUES (:name) RETURNING id")
            .param("name", name.strip())
            .query(Long.class)
            .single();
    jdbc.sql(
            """
            INSERT INTO curriculum_session (curriculum_id, position, module, title, stage, hours)
            SELECT :id, position, module, title, stage, hours FROM curriculum_session
            WHERE curriculum_id = :from ORDER BY position
            """)
        .param("id", id)
        .param("from", fromId)
        .update();
    return id;
  }

  public void makeDefault(long id) {
    // Two statements: the partial unique index allows only one default at any moment.
    jdbc.sql("UPDATE curriculum SET is_default = FALSE WHERE is_default AND id <> :id")
        .param("id", id)
        .update();
    jdbc.sql("UPDATE curriculum SET is_default = TRUE WHERE id = :id").param("id", id).update();
  }

  public int groupsUsing(long curriculumId) {
    return jdbc.sql("SELECT count(*) FROM programme_group WHERE curriculum_id = :id")
        .param("id", curriculumId)
        .query(Integer.class)
        .single();
  }

  /** The curriculum's sessions that some group has recorded as delivered. */
  public List<Long> deliveredSessionIds(long curriculumId) {
    return jdbc.sql(
            """
            SELECT DISTINCT cs.id FROM curriculum_session cs
            JOIN group_session gs ON gs.curriculum_session_id = cs.id
            WHERE cs.curriculum_id = :id ORDER BY cs.id
            """)
        .param("id", curriculumId)
        .query(Long.class)
        .list();
  }

  /** Adds a session at the end of the order. */
  public long insertSession(long curriculumId, CurriculumSessionDetails s) {
    return jdbc.sql(
            """
            INSERT INTO curriculum_session (curriculum_id, position, module, title, stage, hours)
            VALUES (:c, (SELECT coalesce(max(position), 0) + 1 FROM curriculum_session
                         WHERE curriculum_id = :c), :module, :title, :stage, :hours)
            RETURNING id
            """)
        .param("c", curriculumId)
        .param("module", s.module().strip())
        .param("title", s.title().strip())
        .param("stage", s.stage())
        .param("hours", s.hours())
        .query(Long.class)
        .single();
  }

  public void updateSession(long sessionId, CurriculumSessionDetails s) {
    jdbc.sql(
            """
            UPDATE curriculum_session SET module = :module, title = :title, stage = :stage,
              hours = :hours WHERE id = :id
            """)
        .param("module", s.module().strip())
        .param("title", s.title().strip())
        .param("stage", s.stage())
        .param("hours", s.hours())
        .param("id", sessionId)
        .update();
  }

  public void deleteSession(long sessionId) {
    jdbc.sql("DELETE FROM curriculum_session WHERE id = :id").param("id", sessionId).update();
  }

  /** Numbers the curriculum's sessions 1, 2, 3... in the order given. */
  public void renumber(long curriculumId, List<Long> sessionIdsInOrder) {
    jdbc.sql("UPDATE curriculum_session SET position = position + :offset WHERE curriculum_id = :c")
        .param("offset", RENUMBER_OFFSET)
        .param("c", curriculumId)
        .update();
    jdbc.sql(
            """
            UPDATE curriculum_session cs SET position = o.ord
            FROM unnest(CAST(:ids AS BIGINT[])) WITH ORDINALITY AS o (id, ord)
            WHERE cs.id = o.id AND cs.curriculum_id = :c
            """)
        .param("ids", sessionIdsInOrder.toArray(Long[]::new))
        .param("c", curriculumId)
        .update();
  }
}
