package org.tandem.programme.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.programme.AttendanceMark;
import org.tandem.programme.CurriculumSession;
import org.tandem.programme.EnrolmentStatus;
import org.tandem.programme.NewGroup;
import org.tandem.programme.SessionMark;
import org.tandem.referral.RiskLevel;

/** Plain SQL for curricula, groups, enrolments, sessions, attendance and reviews. */
@Repository
public class ProgrammeStore {

  private final JdbcClient jdbc;

  ProgrammeStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<CurriculumSession> curriculum(long curriculumId) {
    return curricula(List.of(curriculumId)).getOrDefault(curriculumId, List.of());
  }

  /** The sessions of each of these curricula, in order, in one query. */
  public Map<Long, List<CurriculumSession>> curricula(Collection<Long> curriculumIds) {
    Map<Long, List<CurriculumSession>> sessions = new HashMap<>();
    jdbc.sql(
            """
            SELECT curriculum_id, id, position, module, title, stage, hours FROM curriculum_session
            WHERE curriculum_id = ANY(:ids) ORDER BY curriculum_id, position
            """)
        .param("ids", curriculumIds.toArray(Long[]::new))
        .query(
            rs -> {
              sessions
                  .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
                  .add(
                      new CurriculumSession(
                          rs.getLong(2),
                          rs.getInt(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getInt(6),
                          rs.getBigDecimal(7)));
            });
    return sessions;
  }

  public long insertGroup(NewGroup g, long curriculumId) {
    return jdbc.sql(
            """
            INSERT INTO programme_group (area_id, name, curriculum_id, individual, capacity,
              intake_every_weeks, first_session_on, weekday, starts_at, venue, facilitators, absence_limit)
            VALUES (:area, :name, :curriculum, :individual, :capacity, :every, :first, :weekday,
              :startsAt, :venue, :facilitators, :absenceLimit)
            RETURNING id
            """)
        .param("area", g.areaId())
        .param("name", g.name().strip())
        .param("curriculum", curriculumId)
        .param("individual", Boolean.TRUE.equals(g.individual()))
        .param("capacity", g.capacity())
        .param("every", g.intakeEveryWeeks())
        .param("first", g.firstSessionOn())
        .param("weekday", g.firstSessionOn().getDayOfWeek().getValue())
        .param("startsAt", g.startsAt())
        .param("venue", blankToNull(g.venue()))
        .param("facilitators", blankToNull(g.facilitators()))
        .param("absenceLimit", g.absenceLimit())
        .query(Long.class)
        .single();
  }

  /** A group's own settings. */
  public record GroupRow(
      long id,
      long areaId,
      String areaCode,
      String name,
      boolean individual,
      long curriculumId,
      int capacity,
      int intakeEveryWeeks,
      LocalDate firstSessionOn,
      DayOfWeek day,
      LocalTime startsAt,
      String venue,
      String facilitators,
      int absenceLimit,
      int attending,
      int waiting) {}

  private static final String GROUP_SELECT =
      """
      SELECT g.id, g.area_id, a.code AS area_code, g.name, g.individual, g.curriculum_id, g.capacity,
        g.intake_every_weeks, g.first_session_on, g.weekday, g.starts_at, g.venue, g.facilitators,
        g.absence_limit,
        count(e.id) FILTER (WHERE e.status IN ('ATTENDING', 'SUSPENDED')) AS attending,
        count(e.id) FILTER (WHERE e.status = 'WAITING') AS waiting
      FROM programme_group g JOIN area a ON a.id = g.area_id
      LEFT JOIN enrolment e ON e.group_id = g.id
      """;

  public List<GroupRow> groups(Collection<Long> areaIds) {
    return jdbc.sql(
            GROUP_SELECT
                + " WHERE g.area_id = ANY(:areas) GROUP BY g.id, a.code ORDER BY g.weekday, g.starts_at, g.name")
        .param("areas", areaIds.toArray(Long[]::new))
        .query((rs, i) -> groupRow(rs))
        .list();
  }

  public Optional<GroupRow> group(long id) {
    return groupsById(List.of(id)).stream().findFirst();
  }

  /** These groups, in one query. */
  public List<GroupRow> groupsById(Collection<Long> ids) {
    return jdbc.sql(GROUP_SELECT + " WHERE g.id = ANY(:ids) GROUP BY g.id, a.code")
        .param("ids", ids.toArray(Long[]::new))
        .query((rs, i) -> groupRow(rs))
        .list();
  }

  private static GroupRow groupRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new GroupRow(
        rs.getLong("id"),
        rs.getLong("area_id"),
        rs.getString("area_code"),
        rs.getString("name"),
        rs.getBoolean("individual"),
        rs.getLong("curriculum_id"),
        rs.getInt("capacity"),
        rs.getInt("intake_every_weeks"),
        rs.getObject("first_session_on", LocalDate.class),
        DayOfWeek.of(rs.getInt("weekday")),
        rs.getObject("starts_at", LocalTime.class),
        rs.getString("venue"),
        rs.getString("facilitators"),
        rs.getInt("absence_limit"),
        rs.getInt("attending"),
        rs.getInt("waiting"));
  }

  /** An enrolment with the facts about his case that the group's pages show. */
  public record EnrolmentRow(
      long id,
      long referralId,
      String reference,
      long areaId,
      String name,
      long groupId,
      EnrolmentStatus status,
      String statusReason,
      OffsetDateTime statusChangedAt,
      LocalDate intakeOn,
      boolean withInterpreter,
      RiskLevel riskLevel,
      String riskLevelReason,
      int version) {}

  static final String ENROLMENT_SELECT =
      """
      SELECT e.id, e.referral_id, r.reference, r.area_id, r.man_given_name || ' ' || r.man_family_name AS name,
        e.group_id, e.status, e.status_reason, e.status_changed_at, e.intake_on, e.with_interpreter,
        r.risk_level, r.risk_level_reason, e.version
      FROM enrolment e JOIN referral r ON r.id = e.referral_id
      """;

  /** The group's men still holding a place, in order of intake and name. */
  public List<EnrolmentRow> liveEnrolments(long groupId) {
    return jdbc.sql(
            ENROLMENT_SELECT
                + " WHERE e.group_id = :g AND e.status IN ('WAITING', 'ATTENDING', 'SUSPENDED')"
                + " ORDER BY e.intake_on, r.man_family_name, e.id")
        .param("g", groupId)
        .query((rs, i) -> enrolmentRow(rs))
        .list();
  }

  public Optional<EnrolmentRow> enrolment(long id) {
    return jdbc.sql(ENROLMENT_SELECT + " WHERE e.id = :id")
        .param("id", id)
        .query((rs, i) -> enrolmentRow(rs))
        .optional();
  }

  /** The case's enrolments, newest first. */
  public List<EnrolmentRow> enrolmentsOf(long referralId) {
    return jdbc.sql(
            ENROLMENT_SELECT + " WHERE e.referral_id = :id ORDER BY e.created_at DESC, e.id DESC")
        .param("id", referralId)
        .query((rs, i) -> enrolmentRow(rs))
        .list();
  }

  static EnrolmentRow enrolmentRow(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new EnrolmentRow(
        rs.getLong("id"),
        rs.getLong("referral_id"),
        rs.getString("reference"),
        rs.getLong("area_id"),
        rs.getString("name"),
        rs.getLong("group_id"),
        EnrolmentStatus.valueOf(rs.getString("status")),
        rs.getString("status_reason"),
        rs.getObject("status_changed_at", OffsetDateTime.class),
        rs.getObject("intake_on", LocalDate.class),
        rs.getBoolean("with_interpreter"),
        RiskLevel.valueOf(rs.getString("risk_level")),
        rs.getString("risk_level_reason"),
        rs.getInt("version"));
  }

  public long insertEnrolment(
      long referralId,
      long groupId,
      LocalDate intakeOn,
      EnrolmentStatus status,
      String reason,
      boolean withInterpreter,
      String by,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO enrolment (referral_id, group_id, intake_on, status, status_reason,
              status_changed_at, with_interpreter, created_at, created_by)
            VALUES (:referral, :group, :intake, :status, :reason, :now, :interpreter, :now, :by)
            RETURNING id
            """)
        .param("referral", referralId)
        .param("group", groupId)
        .param("intake", intakeOn)
        .param("status", status.name())
        .param("reason", reason)
        .param("interpreter", withInterpreter)
        .param("now", now)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  public boolean changeStatus(
      long enrolmentId, EnrolmentStatus to, String reason, int version, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE enrolment SET status = :status, status_reason = :reason,
                  status_changed_at = :now, version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("status", to.name())
            .param("reason", reason)
            .param("now", now)
            .param("id", enrolmentId)
            .param("version", version)
            .update()
        == 1;
  }

  /** Opens a review of this kind unless one is already open. */
  public void openReview(long enrolmentId, String kind, String reason, LocalDate dueOn) {
    jdbc.sql(
            """
            INSERT INTO programme_review (enrolment_id, kind, reason, due_on)
            VALUES (:e, :kind, :reason, :due)
            ON CONFLICT (enrolment_id, kind) WHERE done_on IS NULL DO NOTHING
            """)
        .param("e", enrolmentId)
        .param("kind", kind)
        .param("reason", reason)
        .param("due", dueOn)
        .update();
  }

  /** For each enrolment, the curriculum sessions he attended or was late for. */
  public Map<Long, List<Long>> attendedSessions(Collection<Long> enrolmentIds) {
    Map<Long, List<Long>> attended = new HashMap<>();
    enrolmentIds.forEach(id -> attended.put(id, new ArrayList<>()));
    jdbc.sql(
            """
            SELECT a.enrolment_id, gs.curriculum_session_id FROM attendance a
            JOIN group_session gs ON gs.id = a.group_session_id
            WHERE a.enrolment_id = ANY(:ids) AND a.mark IN ('ATTENDED', 'LATE')
            """)
        .param("ids", enrolmentIds.toArray(Long[]::new))
        .query(
            (java.sql.ResultSet rs) -> {
              attended.get(rs.getLong(1)).add(rs.getLong(2));
            });
    return attended;
  }

  /** One past mark, for the absence rule and what to watch for. */
  public record PastMark(AttendanceMark mark, boolean disclosed) {}

  /** For each enrolment, his marks in date order, one-to-ones included ({@link MarksQuery}). */
  public Map<Long, List<PastMark>> marks(Collection<Long> enrolmentIds) {
    Map<Long, List<PastMark>> marks = new HashMap<>();
    enrolmentIds.forEach(id -> marks.put(id, new ArrayList<>()));
    jdbc.sql(MarksQuery.SQL)
        .param("ids", enrolmentIds.toArray(Long[]::new))
        .query(
            (java.sql.ResultSet rs) -> {
              marks
                  .get(rs.getLong(1))
                  .add(
                      new PastMark(
                          AttendanceMark.valueOf(rs.getString(2)),
                          "DISCLOSED".equals(rs.getString(3))));
            });
    return marks;
  }

  public long insertGroupSession(
      long groupId,
      long curriculumSessionId,
      LocalDate heldOn,
      String facilitators,
      String by,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO group_session (group_id, curriculum_session_id, held_on, facilitators,
              recorded_at, recorded_by)
            VALUES (:g, :cs, :on, :facilitators, :now, :by) RETURNING id
            """)
        .param("g", groupId)
        .param("cs", curriculumSessionId)
        .param("on", heldOn)
        .param("facilitators", blankToNull(facilitators))
        .param("now", now)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  public void insertAttendance(long sessionId, SessionMark m) {
    boolean disclosed = Boolean.TRUE.equals(m.disclosed());
    jdbc.sql(
            """
            INSERT INTO attendance (group_session_id, enrolment_id, mark, absence_reason, disclosure,
              disclosure_detail, blame, minimisation, denial, facilitator_notes)
            VALUES (:s, :e, :mark, :reason, :disclosure, :detail, :blame, :minimisation, :denial, :notes)
            """)
        .param("s", sessionId)
        .param("e", m.enrolmentId())
        .param("mark", m.mark().name())
        .param("reason", blankToNull(m.absenceReason()))
        .param("disclosure", disclosed ? "DISCLOSED" : "NONE")
        .param("detail", disclosed ? blankToNull(m.disclosureDetail()) : null)
        .param("blame", m.blame())
        .param("minimisation", m.minimisation())
        .param("denial", m.denial())
        .param("notes", blankToNull(m.notes()))
        .update();
  }

  /** The last curriculum position the group delivered, or 0 before its first session. */
  public int lastPositionDelivered(long groupId) {
    return jdbc.sql(
            """
            SELECT coalesce(max(cs.position), 0) FROM group_session gs
            JOIN curriculum_session cs ON cs.id = gs.curriculum_session_id
            WHERE gs.group_id = :g AND gs.held_on = (SELECT max(held_on) FROM group_session WHERE group_id = :g)
            """)
        .param("g", groupId)
        .query(Integer.class)
        .single();
  }

  public boolean sessionHeld(long groupId, LocalDate on) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM group_session WHERE group_id = :g AND held_on = :on)")
        .param("g", groupId)
        .param("on", on)
        .query(Boolean.class)
        .single();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
