package org.tandem.children.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.children.ChildSession;
import org.tandem.children.ChildSessionKind;
import org.tandem.children.LadderReading;
import org.tandem.children.LadderStage;
import org.tandem.children.NewChildSession;
import org.tandem.children.ProtectionHistory;
import org.tandem.referral.ProtectionStatus;

/** Plain SQL for children's work: status changes, sessions and safety-ladder readings. */
@Repository
public class ChildrenStore {

  private final JdbcClient jdbc;

  ChildrenStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A child as stored, with the date of the referral that named them. */
  public record Child(
      long id,
      String givenName,
      int ageYears,
      ProtectionStatus protectionStatus,
      int version,
      LocalDate referredOn) {}

  private static final String CHILD =
      """
      SELECT c.id, c.given_name, c.age_years, c.protection_status, c.version, r.referred_on
      FROM child c JOIN referral r ON r.id = c.referral_id
      """;

  public List<Child> children(long referralId) {
    return jdbc.sql(CHILD + " WHERE c.referral_id = :referral ORDER BY c.id")
        .param("referral", referralId)
        .query(ChildrenStore::child)
        .list();
  }

  /** The child, if named in this case's referral. */
  public Optional<Child> child(long referralId, long childId) {
    return jdbc.sql(CHILD + " WHERE c.referral_id = :referral AND c.id = :child")
        .param("referral", referralId)
        .param("child", childId)
        .query(ChildrenStore::child)
        .optional();
  }

  /**
   * The child, locked until the transaction ends, so that two saves for the same child are checked
   * one after the other.
   */
  public Optional<Child> lockChild(long referralId, long childId) {
    return jdbc.sql(CHILD + " WHERE c.referral_id = :referral AND c.id = :child FOR UPDATE OF c")
        .param("referral", referralId)
        .param("child", childId)
        .query(ChildrenStore::child)
        .optional();
  }

  private static Child child(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
    return new Child(
        rs.getLong("id"),
        rs.getString("given_name"),
        rs.getInt("age_years"),
        ProtectionStatus.valueOf(rs.getString("protection_status")),
        rs.getInt("version"),
        rs.getObject("referred_on", LocalDate.class));
  }

  // --- protection status ---

  /** Sets the current status if the child is still at the version read; false if not. */
  public boolean changeStatus(long childId, ProtectionStatus status, int version) {
    return jdbc.sql(
                """
                UPDATE child SET protection_status = :status, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("status", status.name())
            .param("id", childId)
            .param("version", version)
            .update()
        == 1;
  }

  public void insertChange(
      long childId,
      ProtectionStatus previous,
      ProtectionStatus status,
      LocalDate changedOn,
      String by,
      OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO child_protection_change (child_id, previous_status, status, changed_on,
              recorded_by, recorded_at)
            VALUES (:child, :previous, :status, :on, :by, :now)
            """)
        .param("child", childId)
        .param("previous", previous.name())
        .param("status", status.name())
        .param("on", changedOn)
        .param("by", by)
        .param("now", now)
        .update();
  }

  public List<ProtectionHistory.Change> changes(long childId) {
    return jdbc.sql(
            """
            SELECT id, previous_status, status, changed_on, recorded_by
            FROM child_protection_change WHERE child_id = :child ORDER BY changed_on DESC, id DESC
            """)
        .param("child", childId)
        .query(
            (rs, i) ->
                new ProtectionHistory.Change(
                    rs.getLong("id"),
                    ProtectionStatus.valueOf(rs.getString("previous_status")),
                    ProtectionStatus.valueOf(rs.getString("status")),
                    rs.getObject("changed_on", LocalDate.class),
                    rs.getString("recorded_by")))
        .list();
  }

  // --- sessions ---

  public long insertSession(long childId, NewChildSession s, String by, OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO child_session (child_id, held_on, duration_minutes, kind, wellbeing_notes,
              recorded_by, recorded_at)
            VALUES (:child, :on, :minutes, :kind, :notes, :by, :now) RETURNING id
            """)
        .param("child", childId)
        .param("on", s.heldOn())
        .param("minutes", s.durationMinutes())
        .param("kind", s.kind().name())
        .param(
            "notes",
            s.wellbeingNotes() == null || s.wellbeingNotes().isBlank()
                ? null
                : s.wellbeingNotes().strip())
        .param("by", by)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  /** A page of the child's sessions, newest first. */
  public List<ChildSession> sessions(long childId, long offset, int limit) {
    return jdbc.sql(
            """
            SELECT id, held_on, duration_minutes, kind, wellbeing_notes, recorded_by
            FROM child_session WHERE child_id = :child
            ORDER BY held_on DESC, id DESC OFFSET :offset LIMIT :limit
            """)
        .param("child", childId)
        .param("offset", offset)
        .param("limit", limit)
        .query(
            (rs, i) ->
                new ChildSession(
                    rs.getLong("id"),
                    rs.getObject("held_on", LocalDate.class),
                    rs.getInt("duration_minutes"),
                    ChildSessionKind.valueOf(rs.getString("kind")),
                    rs.getString("wellbeing_notes"),
                    rs.getString("recorded_by")))
        .list();
  }

  public long sessionCount(long childId) {
    return jdbc.sql("SELECT count(*) FROM child_session WHERE child_id = :child")
        .param("child", childId)
        .query(Long.class)
        .single();
  }

  // --- safety ladder ---

  public long insertReading(
      long childId,
      LadderStage stage,
      LocalDate takenOn,
      int rating,
      String by,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO safety_ladder_reading (child_id, stage, taken_on, rating, recorded_by,
              recorded_at)
            VALUES (:child, :stage, :on, :rating, :by, :now) RETURNING id
            """)
        .param("child", childId)
        .param("stage", stage.name())
        .param("on", takenOn)
        .param("rating", rating)
        .param("by", by)
        .param("now", now)
        .query(Long.class)
        .single();
  }

  /** Every reading for the child, newest first. */
  public List<LadderReading> readings(long childId) {
    return jdbc.sql(
            """
            SELECT id, stage, taken_on, rating, recorded_by
            FROM safety_ladder_reading WHERE child_id = :child ORDER BY taken_on DESC, id DESC
            """)
        .param("child", childId)
        .query(
            (rs, i) ->
                new LadderReading(
                    rs.getLong("id"),
                    LadderStage.valueOf(rs.getString("stage")),
                    rs.getObject("taken_on", LocalDate.class),
                    rs.getInt("rating"),
                    rs.getString("recorded_by")))
        .list();
  }

  /** The date of the child's earliest "before" reading, if there is one. */
  public Optional<LocalDate> firstBefore(long childId) {
    return jdbc.sql(
            "SELECT min(taken_on) FROM safety_ladder_reading WHERE child_id = :child AND stage = 'BEFORE'")
        .param("child", childId)
        .query(LocalDate.class)
        .optional();
  }
}
