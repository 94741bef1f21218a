package org.tandem.retention;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schedule's one row, and each case's legal holds. */
@Repository
class RetentionStore {

  private final JdbcClient jdbc;

  RetentionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  RetentionSchedule schedule() {
    return jdbc.sql(
            """
            SELECT closed_case_years, youngest_child_age, not_taken_up_years, version
            FROM retention_schedule WHERE id = 1
            """)
        .query(
            (rs, i) ->
                new RetentionSchedule(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
        .single();
  }

  /** Sets the schedule if it is still at the version read; false if someone changed it. */
  boolean setSchedule(RetentionSchedule s, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE retention_schedule
                SET closed_case_years = :closed, youngest_child_age = :child,
                    not_taken_up_years = :notTaken, version = version + 1,
                    changed_by = :by, changed_at = :at
                WHERE id = 1 AND version = :version
                """)
            .param("closed", s.closedCaseYears())
            .param("child", s.youngestChildAge())
            .param("notTaken", s.notTakenUpYears())
            .param("by", by)
            .param("at", at)
            .param("version", s.version())
            .update()
        == 1;
  }

  /** The case's holds, the one in force first, then the lifted ones, newest first. */
  List<LegalHold> holds(long referralId) {
    return jdbc.sql(
            """
            SELECT id, reason, placed_by, placed_at, lifted_reason, lifted_by, lifted_at
            FROM legal_hold WHERE referral_id = :case
            ORDER BY lifted_at IS NOT NULL, placed_at DESC, id DESC
            """)
        .param("case", referralId)
        .query(
            (rs, i) ->
                new LegalHold(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getObject(7, OffsetDateTime.class)))
        .list();
  }

  /** Places a hold unless one is in force: its id, or null when the case is already held. */
  Long place(long referralId, String reason, String by, OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO legal_hold (referral_id, reason, placed_by, placed_at)
            VALUES (:case, :reason, :by, :at)
            ON CONFLICT (referral_id) WHERE lifted_at IS NULL DO NOTHING
            RETURNING id
            """)
        .param("case", referralId)
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .optional()
        .orElse(null);
  }

  /** Lifts the hold in force; false when there is none. */
  boolean lift(long referralId, String reason, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE legal_hold SET lifted_reason = :reason, lifted_by = :by, lifted_at = :at
                WHERE referral_id = :case AND lifted_at IS NULL
                """)
            .param("case", referralId)
            .param("reason", reason)
            .param("by", by)
            .param("at", at)
            .update()
        == 1;
  }

  /** Whether the case has been anonymised: a hold then protects nothing. */
  boolean anonymised(long referralId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_anonymised WHERE referral_id = :case)")
        .param("case", referralId)
        .query(Boolean.class)
        .single();
  }
}
