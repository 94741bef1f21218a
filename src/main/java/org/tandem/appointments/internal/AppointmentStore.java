package org.tandem.appointments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.CaseRef;
import org.tandem.appointments.Appointment;
import org.tandem.appointments.AppointmentKind;
import org.tandem.appointments.AppointmentOutcome;
import org.tandem.appointments.AskedBy;
import org.tandem.appointments.NextAppointment;

/** The appointment table: plain SQL, every list in one statement with its names joined in. */
@Repository
public class AppointmentStore {

  private static final String SELECT =
      """
      SELECT a.id, r.reference, r.man_given_name || ' ' || r.man_family_name AS man_name, a.kind,
        a.starts_at, a.minutes, a.place, a.worker_id, u.display_name, a.outcome, a.asked_by,
        a.outcome_reason, a.outcome_recorded_at, a.outcome_recorded_by, a.rescheduled_to,
        (SELECT p.id FROM appointment p WHERE p.rescheduled_to = a.id) AS rescheduled_from,
        a.booked_at, a.booked_by, a.version, a.referral_id, r.area_id
      FROM appointment a
      JOIN referral r ON r.id = a.referral_id
      JOIN app_user u ON u.id = a.worker_id
      """;

  /** Outcomes after which the worker's time is free again. */
  private static final String STILL_HOLDS_TIME =
      "(a.outcome IS NULL OR a.outcome NOT IN ('CANCELLED', 'RESCHEDULED'))";

  /** The first keys of the advisory locks on a worker's diary and on his. */
  private static final int WORKERS_DIARY = 16_001;

  private static final int HIS_DIARY = 16_002;

  private final JdbcClient jdbc;

  AppointmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An appointment and the case it belongs to, for auditing and access. */
  public record Row(Appointment appointment, CaseRef ref) {}

  public long insert(
      long referralId,
      AppointmentKind kind,
      OffsetDateTime startsAt,
      int minutes,
      String place,
      long workerId,
      String by,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO appointment (referral_id, kind, starts_at, minutes, place, worker_id,
              booked_at, booked_by)
            VALUES (:referral, :kind, :starts, :minutes, :place, :worker, :now, :by)
            RETURNING id
            """)
        .param("referral", referralId)
        .param("kind", kind.name())
        .param("starts", startsAt)
        .param("minutes", minutes)
        .param("place", place)
        .param("worker", workerId)
        .param("now", now)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  public Optional<Row> byId(long id) {
    return jdbc.sql(SELECT + " WHERE a.id = :id")
        .param("id", id)
        .query(AppointmentStore::row)
        .optional();
  }

  /** His appointments, the latest first. */
  public List<Row> forCase(long referralId) {
    return jdbc.sql(SELECT + " WHERE a.referral_id = :r ORDER BY a.starts_at DESC, a.id DESC")
        .param("r", referralId)
        .query(AppointmentStore::row)
        .list();
  }

  /**
   * Holds the worker's diary and his until the transaction ends, so that two bookings made at the
   * same moment cannot both find the time free. Every booking takes the worker's lock before his,
   * so two bookings never wait on each other in a circle; advisory locks hold across every node.
   */
  public void holdDiaries(long workerId, long referralId) {
    jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:workers, :worker)")
        .param("workers", WORKERS_DIARY)
        .param("worker", (int) workerId)
        .query(Integer.class)
        .single();
    jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:men, :referral)")
        .param("men", HIS_DIARY)
        .param("referral", (int) referralId)
        .query(Integer.class)
        .single();
  }

  /**
   * Another appointment that holds the worker's time, or his, at some moment between the start and
   * the end: two appointments clash when each starts before the other ends.
   */
  public Optional<Row> clash(
      long workerId, long referralId, OffsetDateTime start, OffsetDateTime end, Long except) {
    return jdbc.sql(
            SELECT
                + " WHERE (a.worker_id = :worker OR a.referral_id = :referral) AND "
                + STILL_HOLDS_TIME
                + """
                 AND a.starts_at < :end
                 AND a.starts_at + make_interval(mins => a.minutes) > :start
                 AND a.id <> :except
                ORDER BY a.starts_at LIMIT 1
                """)
        .param("worker", workerId)
        .param("referral", referralId)
        .param("start", start)
        .param("end", end)
        .param("except", except == null ? -1L : except)
        .query(AppointmentStore::row)
        .optional();
  }

  /** Records what happened, if no one has changed the appointment since it was read. */
  public boolean recordOutcome(
      long id,
      AppointmentOutcome outcome,
      AskedBy askedBy,
      String reason,
      Long rescheduledTo,
      String by,
      OffsetDateTime now,
      int version) {
    return jdbc.sql(
                """
                UPDATE appointment SET outcome = :outcome, asked_by = :asked, outcome_reason = :reason,
                  rescheduled_to = :to, outcome_recorded_at = :now, outcome_recorded_by = :by,
                  version = version + 1
                WHERE id = :id AND version = :version AND outcome IS NULL
                """)
            .param("outcome", outcome.name())
            .param("asked", askedBy == null ? null : askedBy.name())
            .param("reason", reason)
            .param("to", rescheduledTo)
            .param("now", now)
            .param("by", by)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  /**
   * The appointments in a span of time of one worker (when workerId is given) or at one place
   * (matched without regard to case), among the cases of these areas, in time order.
   */
  public List<Row> between(
      Long workerId,
      String place,
      OffsetDateTime from,
      OffsetDateTime to,
      Collection<Long> areaIds,
      int limit) {
    return jdbc.sql(
            SELECT
                + """
                WHERE r.area_id = ANY(:areas) AND a.starts_at >= :from AND a.starts_at < :to
                  AND (CAST(:worker AS BIGINT) IS NULL OR a.worker_id = :worker)
                  AND (CAST(:place AS TEXT) IS NULL OR lower(a.place) = lower(:place))
                ORDER BY a.starts_at, a.id LIMIT :limit
                """)
        .param("areas", areaIds.toArray(Long[]::new))
        .param("from", from)
        .param("to", to)
        .param("worker", workerId)
        .param("place", place)
        .param("limit", limit)
        .query(AppointmentStore::row)
        .list();
  }

  /**
   * The places appointments have been booked at in these areas, for choosing a venue's calendar.
   */
  public List<String> places(Collection<Long> areaIds) {
    return jdbc.sql(
            """
            SELECT min(a.place) FROM appointment a JOIN referral r ON r.id = a.referral_id
            WHERE r.area_id = ANY(:areas) GROUP BY lower(a.place) ORDER BY lower(a.place) LIMIT 200
            """)
        .param("areas", areaIds.toArray(Long[]::new))
        .query(String.class)
        .list();
  }

  /** Each case's first appointment still to come that still holds its time, in one statement. */
  public Map<Long, NextAppointment> nextFor(Collection<Long> referralIds, OffsetDateTime now) {
    Map<Long, NextAppointment> next = new HashMap<>();
    jdbc.sql(
            """
            SELECT DISTINCT ON (a.referral_id) a.id, a.referral_id, a.kind, a.starts_at, a.place,
              a.worker_id, u.display_name
            FROM appointment a JOIN app_user u ON u.id = a.worker_id
            WHERE a.referral_id = ANY(:ids) AND a.starts_at >= :now AND a.outcome IS NULL
            ORDER BY a.referral_id, a.starts_at, a.id
            """)
        .param("ids", referralIds.toArray(Long[]::new))
        .param("now", now)
        .query(
            (ResultSet rs) -> {
              NextAppointment n =
                  new NextAppointment(
                      rs.getLong(1),
                      rs.getLong(2),
                      AppointmentKind.valueOf(rs.getString(3)),
                      rs.getObject(4, OffsetDateTime.class),
                      rs.getString(5),
                      rs.getLong(6),
                      rs.getString(7));
              next.put(n.referralId(), n);
            });
    return next;
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    String outcome = rs.getString("outcome");
    String asked = rs.getString("asked_by");
    long from = rs.getLong("rescheduled_from");
    Long fromId = rs.wasNull() ? null : from;
    long to = rs.getLong("rescheduled_to");
    Long toId = rs.wasNull() ? null : to;
    Appointment a =
        new Appointment(
            rs.getLong("id"),
            rs.getLong("referral_id"),
            rs.getString("reference"),
            rs.getString("man_name"),
            AppointmentKind.valueOf(rs.getString("kind")),
            rs.getObject("starts_at", OffsetDateTime.class),
            rs.getInt("minutes"),
            rs.getString("place"),
            rs.getLong("worker_id"),
            rs.getString("display_name"),
            outcome == null ? null : AppointmentOutcome.valueOf(outcome),
            asked == null ? null : AskedBy.valueOf(asked),
            rs.getString("outcome_reason"),
            rs.getObject("outcome_recorded_at", OffsetDateTime.class),
            rs.getString("outcome_recorded_by"),
            toId,
            fromId,
            rs.getObject("booked_at", OffsetDateTime.class),
            rs.getString("booked_by"),
            rs.getInt("version"));
    return new Row(
        a,
        new CaseRef(rs.getLong("referral_id"), rs.getString("reference"), rs.getLong("area_id")));
  }
}
