package org.tandem.programme.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.programme.AttendanceMark;

/** Plain SQL for a man's attendance record on one place, session by session. */
@Repository
public class AttendanceStore {

  private final JdbcClient jdbc;

  AttendanceStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One session as it went for him: never what he disclosed or the facilitators' notes. */
  public record SessionRecord(
      LocalDate heldOn,
      AttendanceMark mark,
      boolean disclosed,
      Integer blame,
      Integer minimisation,
      Integer denial) {}

  /** His sessions on the place, in date order. */
  public List<SessionRecord> sessions(long enrolmentId) {
    return jdbc.sql(
            """
            SELECT gs.held_on, a.mark, a.disclosure, a.blame, a.minimisation, a.denial
            FROM attendance a JOIN group_session gs ON gs.id = a.group_session_id
            WHERE a.enrolment_id = :e ORDER BY gs.held_on, gs.id
            """)
        .param("e", enrolmentId)
        .query(
            (rs, i) ->
                new SessionRecord(
                    rs.getObject(1, LocalDate.class),
                    AttendanceMark.valueOf(rs.getString(2)),
                    "DISCLOSED".equals(rs.getString(3)),
                    rs.getObject(4, Integer.class),
                    rs.getObject(5, Integer.class),
                    rs.getObject(6, Integer.class)))
        .list();
  }
}
