package org.tandem.referral.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.referral.CaseStatus;
import org.tandem.referral.CaseStatusChange;
import org.tandem.referral.ClosureReason;

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
      ClosureReason closure,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO case_status_change
              (referral_id, status, changed_on, reason, closure_reason, changed_by, changed_at)
            VALUES (:id, :status, :on, :reason, :closure, :by, :at)
            """)
        .param("id", referralId)
        .param("status", status.name())
        .param("closure", closure == null ? null : closure.name())
        .param("on", on)
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .update();
  }

  public CaseStatus status(long referralId) {
    return jdbc.sql("SELECT status FROM referral WHERE id = :id")
        .param("id", referralId)
        .query((rs, i) -> CaseStatus.valueOf(rs.getString(1)))
        .single();
  }

  /** Where the case stood before its last move into {@code status}. */
  public Optional<CaseStatus> before(long referralId, CaseStatus status) {
    return jdbc.sql(
            """
            SELECT status FROM case_status_change
            WHERE referral_id = :id AND id < (SELECT max(id) FROM case_status_change
                                              WHERE referral_id = :id AND status = :status)
            ORDER BY id DESC LIMIT 1
            """)
        .param("id", referralId)
        .param("status", status.name())
        .query((rs, i) -> CaseStatus.valueOf(rs.getString(1)))
        .optional();
  }

  /** Every move, oldest first. */
  public List<CaseStatusChange> history(long referralId) {
    return jdbc.sql(
            """
            SELECT status, changed_on, reason, closure_reason, changed_by, changed_at
            FROM case_status_change
            WHERE referral_id = :id ORDER BY id
            """)
        .param("id", referralId)
        .query(
            (rs, i) ->
                new CaseStatusChange(
                    CaseStatus.valueOf(rs.getString("status")),
                    rs.getObject("changed_on", LocalDate.class),
                    rs.getString("reason"),
                    rs.getString("closure_reason") == null
                        ? null
                        : ClosureReason.valueOf(rs.getString("closure_reason")),
                    rs.getString("changed_by"),
                    rs.getObject("changed_at", OffsetDateTime.class)))
        .list();
  }
}
