package org.tandem.womensgroups.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.AreaWallPass;
import org.tandem.access.CaseRef;
import org.tandem.access.WallPass;
import org.tandem.encryption.FieldEncryption;

/**
 * The SQL of the women's group's sessions and their attendance. All of it is behind the wall, so
 * every query that reads it takes an {@link AreaWallPass} and keeps to the pass's areas (a session
 * by its group's area, a woman by her case's), or a {@link WallPass} for one woman's case; every
 * read of a woman returns her case for the audit trail. The groups and their members are {@link
 * WomensGroupStore}'s.
 */
@Repository
public class WomensGroupSessionStore {

  /** A session as listed, numbered in date order, with its head counts. */
  public record SessionRow(
      long id,
      long groupId,
      int number,
      LocalDate heldOn,
      String topic,
      String notes,
      int attended,
      int absent,
      int version) {}

  /** One woman's line in a session's register. */
  public record RegisterRow(
      long partnerId,
      String givenName,
      String familyName,
      boolean attended,
      String absenceReason,
      CaseRef caseRef) {}

  /** One session of one woman, for her record. */
  public record AttendanceRow(
      long groupId,
      long sessionId,
      String groupName,
      LocalDate heldOn,
      String topic,
      boolean attended,
      String absenceReason) {}

  private static final String SESSION_SELECT =
      """
      SELECT s.id, s.group_id, s.held_on, s.topic, s.notes, s.version,
        (SELECT count(*) FROM womens_group_session o WHERE o.group_id = s.group_id
          AND (o.held_on < s.held_on OR (o.held_on = s.held_on AND o.id <= s.id))) AS number,
        (SELECT count(*) FROM womens_group_attendance a WHERE a.session_id = s.id AND a.attended) AS attended,
        (SELECT count(*) FROM womens_group_attendance a WHERE a.session_id = s.id AND NOT a.attended) AS absent
      FROM womens_group_session s
      """;

  /** Keeps a query on sessions (as s) to groups in the pass's areas. */
  private static final String SESSION_IN_AREAS =
      " AND s.group_id IN (SELECT id FROM womens_group WHERE area_id = ANY(:areas))";

  private final JdbcClient jdbc;
  private final FieldEncryption encryption;

  WomensGroupSessionStore(JdbcClient jdbc, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.encryption = encryption;
  }

  /** The group's sessions, newest first. */
  public List<SessionRow> sessions(AreaWallPass pass, long groupId, long offset, int limit) {
    return jdbc.sql(
            SESSION_SELECT
                + " WHERE s.group_id = :group"
                + SESSION_IN_AREAS
                + " ORDER BY s.held_on DESC, s.id DESC OFFSET :offset LIMIT :limit")
        .param("group", groupId)
        .param("areas", pass.areaIdArray())
        .param("offset", offset)
        .param("limit", limit)
        .query(WomensGroupSessionStore::sessionRow)
        .list();
  }

  public Optional<SessionRow> session(AreaWallPass pass, long groupId, long sessionId) {
    return jdbc.sql(SESSION_SELECT + " WHERE s.group_id = :group AND s.id = :id" + SESSION_IN_AREAS)
        .param("group", groupId)
        .param("areas", pass.areaIdArray())
        .param("id", sessionId)
        .query(WomensGroupSessionStore::sessionRow)
        .optional();
  }

  public boolean sessionHeld(
      AreaWallPass pass, long groupId, LocalDate heldOn, Long exceptSessionId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM womens_group_session s"
                + " WHERE s.group_id = :group AND s.held_on = :on AND s.id <> :except"
                + SESSION_IN_AREAS
                + ")")
        .param("group", groupId)
        .param("areas", pass.areaIdArray())
        .param("on", heldOn)
        .param("except", exceptSessionId == null ? -1L : exceptSessionId)
        .query(Boolean.class)
        .single();
  }

  public long insertSession(
      long groupId, LocalDate heldOn, String topic, String notes, String by, OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO womens_group_session (group_id, held_on, topic, notes, recorded_by, recorded_at)
            VALUES (:group, :on, :topic, :notes, :by, :at) RETURNING id
            """)
        .param("group", groupId)
        .param("on", heldOn)
        .param("topic", topic.strip())
        .param("notes", blankToNull(notes))
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .single();
  }

  /** Changes a session if it is still at the version read; false if someone changed it since. */
  public boolean updateSession(
      AreaWallPass pass,
      long sessionId,
      int version,
      LocalDate heldOn,
      String topic,
      String notes,
      String by,
      OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE womens_group_session SET held_on = :on, topic = :topic, notes = :notes,
                  recorded_by = :by, recorded_at = :at, version = version + 1
                WHERE id = :id AND version = :version
                  AND group_id IN (SELECT id FROM womens_group WHERE area_id = ANY(:areas))
                """)
            .param("areas", pass.areaIdArray())
            .param("on", heldOn)
            .param("topic", topic.strip())
            .param("notes", blankToNull(notes))
            .param("by", by)
            .param("at", at)
            .param("id", sessionId)
            .param("version", version)
            .update()
        == 1;
  }

  /** Replaces the session's register. */
  public void replaceAttendance(long sessionId, List<Attendance> register) {
    jdbc.sql("DELETE FROM womens_group_attendance WHERE session_id = :id")
        .param("id", sessionId)
        .update();
    for (Attendance a : register) {
      jdbc.sql(
              """
              INSERT INTO womens_group_attendance (session_id, partner_id, attended, absence_reason)
              VALUES (:session, :partner, :attended, :reason)
              """)
          .param("session", sessionId)
          .param("partner", a.partnerId())
          .param("attended", a.attended())
          .param("reason", a.attended() ? null : blankToNull(a.absenceReason()))
          .update();
    }
  }

  /** One woman's mark as stored. */
  public record Attendance(long partnerId, boolean attended, String absenceReason) {}

  /** The session's register: the women recorded whose cases are in the pass's areas. */
  public List<RegisterRow> register(AreaWallPass pass, long sessionId) {
    return jdbc
        .sql(
            """
            SELECT a.partner_id, p.given_name, p.family_name, a.attended, a.absence_reason,
              r.id AS referral_id, r.reference, r.area_id
            FROM womens_group_attendance a
            JOIN partner p ON p.id = a.partner_id
            JOIN referral r ON r.id = p.referral_id
            WHERE a.session_id = :session AND r.area_id = ANY(:areas)
            ORDER BY p.id
            """)
        .param("session", sessionId)
        .param("areas", pass.areaIdArray())
        .query(
            (rs, i) ->
                new RegisterRow(
                    rs.getLong("partner_id"),
                    encryption.open(rs.getString("given_name")),
                    encryption.open(rs.getString("family_name")),
                    rs.getBoolean("attended"),
                    rs.getString("absence_reason"),
                    WomensGroupStore.caseRef(rs)))
        .list()
        .stream()
        // Her name is sealed, so the register is put in order of it once opened, here.
        .sorted(
            java.util.Comparator.comparing(
                (RegisterRow w) -> WomensGroupStore.sortName(w.givenName(), w.familyName())))
        .toList();
  }

  /** The woman's case, whoever may see it; empty if there is no such woman. */
  public Optional<CaseRef> caseOf(long partnerId) {
    return jdbc.sql(
            """
            SELECT r.id AS referral_id, r.reference, r.area_id
            FROM partner p JOIN referral r ON r.id = p.referral_id WHERE p.id = :id
            """)
        .param("id", partnerId)
        .query((rs, i) -> WomensGroupStore.caseRef(rs))
        .optional();
  }

  /** The sessions recorded for one woman, whose case the pass is for. */
  public List<AttendanceRow> attendanceOf(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT g.id AS group_id, s.id AS session_id, g.name, s.held_on, s.topic, a.attended,
              a.absence_reason
            FROM womens_group_attendance a
            JOIN womens_group_session s ON s.id = a.session_id
            JOIN womens_group g ON g.id = s.group_id
            JOIN partner p ON p.id = a.partner_id
            WHERE a.partner_id = :partner AND p.referral_id = :referral
            ORDER BY s.held_on DESC, s.id DESC
            """)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .query(
            (rs, i) ->
                new AttendanceRow(
                    rs.getLong("group_id"),
                    rs.getLong("session_id"),
                    rs.getString("name"),
                    rs.getObject("held_on", LocalDate.class),
                    rs.getString("topic"),
                    rs.getBoolean("attended"),
                    rs.getString("absence_reason")))
        .list();
  }

  private static SessionRow sessionRow(ResultSet rs, int i) throws SQLException {
    return new SessionRow(
        rs.getLong("id"),
        rs.getLong("group_id"),
        rs.getInt("number"),
        rs.getObject("held_on", LocalDate.class),
        rs.getString("topic"),
        rs.getString("notes"),
        rs.getInt("attended"),
        rs.getInt("absent"),
        rs.getInt("version"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
