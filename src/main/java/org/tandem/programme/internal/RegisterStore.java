package org.tandem.programme.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.programme.AttendanceMark;
import org.tandem.programme.HeldSessions;
import org.tandem.programme.SessionMark;

/**
 * Plain SQL for recorded sessions' registers: the sessions a group has held, each man's entry as it
 * stands, and the corrections that replaced earlier entries.
 */
@Repository
public class RegisterStore {

  private final JdbcClient jdbc;

  RegisterStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The group's sessions, newest first, a page at a time. */
  public List<HeldSessions.Held> held(long groupId, int offset, int limit) {
    return jdbc.sql(
            """
            SELECT gs.id, gs.held_on, cs.position, cs.module, cs.title,
              count(a.enrolment_id) FILTER (WHERE a.mark IN ('ATTENDED', 'LATE')),
              count(a.enrolment_id),
              (SELECT count(DISTINCT c.enrolment_id) FROM attendance_correction c
               WHERE c.group_session_id = gs.id)
            FROM group_session gs
            JOIN curriculum_session cs ON cs.id = gs.curriculum_session_id
            LEFT JOIN attendance a ON a.group_session_id = gs.id
            WHERE gs.group_id = :g
            GROUP BY gs.id, cs.id
            ORDER BY gs.held_on DESC, gs.id DESC
            OFFSET :offset LIMIT :limit
            """)
        .param("g", groupId)
        .param("offset", offset)
        .param("limit", limit)
        .query(
            (rs, i) ->
                new HeldSessions.Held(
                    rs.getLong(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getInt(7),
                    rs.getInt(8)))
        .list();
  }

  public int heldCount(long groupId) {
    return jdbc.sql("SELECT count(*) FROM group_session WHERE group_id = :g")
        .param("g", groupId)
        .query(Integer.class)
        .single();
  }

  /** A recorded session's own facts. */
  public record SessionRow(
      long id,
      long groupId,
      LocalDate heldOn,
      long curriculumSessionId,
      String facilitators,
      String recordedBy,
      OffsetDateTime recordedAt) {}

  public Optional<SessionRow> session(long groupId, long sessionId) {
    return jdbc.sql(
            """
            SELECT id, group_id, held_on, curriculum_session_id, facilitators, recorded_by,
              recorded_at
            FROM group_session WHERE id = :s AND group_id = :g
            """)
        .param("s", sessionId)
        .param("g", groupId)
        .query(
            (rs, i) ->
                new SessionRow(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getLong(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class)))
        .optional();
  }

  /** One man's entry as it stands, with its version. */
  public record EntryRow(
      long enrolmentId,
      String reference,
      long referralId,
      long areaId,
      String name,
      SessionMark entry,
      int version) {}

  private static final String ENTRY_SELECT =
      """
      SELECT a.enrolment_id, r.reference, r.id AS referral_id, r.area_id,
        r.man_given_name || ' ' || r.man_family_name AS name,
        a.mark, a.absence_reason, a.disclosure, a.disclosure_detail, a.blame, a.minimisation,
        a.denial, a.facilitator_notes, a.version
      FROM attendance a
      JOIN enrolment e ON e.id = a.enrolment_id
      JOIN referral r ON r.id = e.referral_id
      """;

  /** Every man's entry at the session, by family name. */
  public List<EntryRow> entries(long sessionId) {
    return jdbc.sql(
            ENTRY_SELECT
                + " WHERE a.group_session_id = :s ORDER BY r.man_family_name, r.man_given_name, e.id")
        .param("s", sessionId)
        .query((rs, i) -> entryRow(rs))
        .list();
  }

  /** One man's entry, locked until the transaction ends so that a correction reads it once. */
  public Optional<EntryRow> entryForCorrection(long sessionId, long enrolmentId) {
    return jdbc.sql(
            ENTRY_SELECT + " WHERE a.group_session_id = :s AND a.enrolment_id = :e FOR UPDATE OF a")
        .param("s", sessionId)
        .param("e", enrolmentId)
        .query((rs, i) -> entryRow(rs))
        .optional();
  }

  private static EntryRow entryRow(ResultSet rs) throws SQLException {
    return new EntryRow(
        rs.getLong("enrolment_id"),
        rs.getString("reference"),
        rs.getLong("referral_id"),
        rs.getLong("area_id"),
        rs.getString("name"),
        new SessionMark(
            rs.getLong("enrolment_id"),
            AttendanceMark.valueOf(rs.getString("mark")),
            rs.getString("absence_reason"),
            "DISCLOSED".equals(rs.getString("disclosure")),
            rs.getString("disclosure_detail"),
            rs.getObject("blame", Integer.class),
            rs.getObject("minimisation", Integer.class),
            rs.getObject("denial", Integer.class),
            rs.getString("facilitator_notes")),
        rs.getInt("version"));
  }

  /** A correction: the entry it replaced, who made it, when and why. */
  public record CorrectionRow(
      long enrolmentId, SessionMark replaced, String reason, String by, OffsetDateTime at) {}

  /** The session's corrections, oldest first. */
  public List<CorrectionRow> corrections(long sessionId) {
    return jdbc.sql(
            """
            SELECT enrolment_id, replaced_mark, replaced_absence_reason, replaced_disclosure,
              replaced_disclosure_detail, replaced_blame, replaced_minimisation, replaced_denial,
              replaced_notes, reason, corrected_by, corrected_at
            FROM attendance_correction WHERE group_session_id = :s ORDER BY id
            """)
        .param("s", sessionId)
        .query(
            (rs, i) ->
                new CorrectionRow(
                    rs.getLong(1),
                    new SessionMark(
                        rs.getLong(1),
                        AttendanceMark.valueOf(rs.getString(2)),
                        rs.getString(3),
                        "DISCLOSED".equals(rs.getString(4)),
                        rs.getString(5),
                        rs.getObject(6, Integer.class),
                        rs.getObject(7, Integer.class),
                        rs.getObject(8, Integer.class),
                        rs.getString(9)),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getObject(12, OffsetDateTime.class)))
        .list();
  }

  /**
   * Keeps the entry as it stood and puts the corrected one in its place, if the entry is still at
   * the version read; says whether it was.
   */
  public boolean correct(
      long sessionId,
      SessionMark was,
      SessionMark now,
      int version,
      String reason,
      String by,
      OffsetDateTime at) {
    boolean disclosed = Boolean.TRUE.equals(now.disclosed());
    int changed =
        jdbc.sql(
                """
                UPDATE attendance SET mark = :mark, absence_reason = :reason,
                  disclosure = :disclosure, disclosure_detail = :detail, blame = :blame,
                  minimisation = :minimisation, denial = :denial, facilitator_notes = :notes,
                  version = version + 1
                WHERE group_session_id = :s AND enrolment_id = :e AND version = :version
                """)
            .param("mark", now.mark().name())
            .param("reason", blankToNull(now.absenceReason()))
            .param("disclosure", disclosed ? "DISCLOSED" : "NONE")
            .param("detail", disclosed ? blankToNull(now.disclosureDetail()) : null)
            .param("blame", now.blame())
            .param("minimisation", now.minimisation())
            .param("denial", now.denial())
            .param("notes", blankToNull(now.notes()))
            .param("s", sessionId)
            .param("e", was.enrolmentId())
            .param("version", version)
            .update();
    if (changed != 1) {
      return false;
    }
    jdbc.sql(
            """
            INSERT INTO attendance_correction (group_session_id, enrolment_id, replaced_mark,
              replaced_absence_reason, replaced_disclosure, replaced_disclosure_detail,
              replaced_blame, replaced_minimisation, replaced_denial, replaced_notes, reason,
              corrected_by, corrected_at)
            VALUES (:s, :e, :mark, :absence, :disclosure, :detail, :blame, :minimisation, :denial,
              :notes, :reason, :by, :at)
            """)
        .param("s", sessionId)
        .param("e", was.enrolmentId())
        .param("mark", was.mark().name())
        .param("absence", was.absenceReason())
        .param("disclosure", Boolean.TRUE.equals(was.disclosed()) ? "DISCLOSED" : "NONE")
        .param("detail", was.disclosureDetail())
        .param("blame", was.blame())
        .param("minimisation", was.minimisation())
        .param("denial", was.denial())
        .param("notes", was.notes())
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .update();
    return true;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
