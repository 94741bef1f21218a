package org.tandem.referral.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.referral.CaseStatus;
import org.tandem.referral.CaseStatusChange;

/** His case's status and the history of its moves. */
@Repository
public class JourneyStore {

  private final JdbcClient jdbc;

  JourneyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Moves the case to {@code to} if it stands in one of {@code from} now, in one statement, so two
   * events at once cannot both move it from the same place. Says whether it moved.
   */
  public boolean move(long referralId, Set<CaseStatus> from, CaseStatus to) {
    return jdbc.sql("UPDATE referral SET status = :to WHERE id = :id AND status = ANY(:from)")
            .param("to", to.name())
            .param("id", referralId)
            .param("from", from.stream().map(Enum::name).toArray(String[]::new))
            .update()
        == 1;
  }

  public void record(
      long referralId,
      CaseStatus status,
      LocalDate on,
      String reason,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO case_status_change (referral_id, status, changed_on, reason, changed_by, changed_at)
            VALUES (:id, :status, :on, :reason, :by, :at)
            """)
        .param("id", referralId)
        .param("status", status.name())
        .param("on", on)
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .update();
  }

  /** Every move, oldest first. */
  public List<CaseStatusChange> history(long referralId) {
    return jdbc.sql(
            """
            SELECT status, changed_on, reason, changed_by, changed_at FROM case_status_change
            WHERE referral_id = :id ORDER BY id
            """)
        .param("id", referralId)
        .query(
            (rs, i) ->
                new CaseStatusChange(
                    CaseStatus.valueOf(rs.getString("status")),
                    rs.getObject("changed_on", LocalDate.class),
                    rs.getString("reason"),
                    rs.getString("changed_by"),
                    rs.getObject("changed_at", OffsetDateTime.class)))
        .list();
  }
}
