package org.tandem.referral.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.referral.CaseStatus;
import org.tandem.referral.DuplicateCheck;

/** Intake's decision about the same man, on the referral it was made for (V38). */
@Repository
public class RepeatReferralStore {

  private final JdbcClient jdbc;

  RepeatReferralStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The decision as stored, with the earlier case's reference and area when it is a repeat. */
  public record Row(
      DuplicateCheck check,
      String repeatOf,
      Long repeatOfAreaId,
      String checkedBy,
      OffsetDateTime checkedAt) {}

  /** Records the decision unless one is recorded already; false then. */
  public boolean record(
      long referralId, DuplicateCheck check, Long earlierId, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
            UPDATE referral SET duplicate_check = :check, repeat_of_referral_id = :earlier,
              duplicate_checked_by = :by, duplicate_checked_at = :at
            WHERE id = :id AND duplicate_check IS NULL
            """)
            .param("check", check.name())
            .param("earlier", earlierId)
            .param("by", by)
            .param("at", at)
            .param("id", referralId)
            .update()
        == 1;
  }

  public Optional<Row> decision(long referralId) {
    return jdbc.sql(
            """
            SELECT r.duplicate_check, e.reference, e.area_id, r.duplicate_checked_by,
              r.duplicate_checked_at
            FROM referral r LEFT JOIN referral e ON e.id = r.repeat_of_referral_id
            WHERE r.id = :id AND r.duplicate_check IS NOT NULL
            """)
        .param("id", referralId)
        .query(
            (rs, i) ->
                new Row(
                    DuplicateCheck.valueOf(rs.getString("duplicate_check")),
                    rs.getString("reference"),
                    rs.getObject("area_id", Long.class),
                    rs.getString("duplicate_checked_by"),
                    rs.getObject("duplicate_checked_at", OffsetDateTime.class)))
        .optional();
  }

  public CaseStatus status(long referralId) {
    return CaseStatus.valueOf(
        jdbc.sql("SELECT status FROM referral WHERE id = :id")
            .param("id", referralId)
            .query(String.class)
            .single());
  }

  /** The later referrals linked to this case as repeats, in the given areas, oldest first. */
  public List<String> repeatedBy(long referralId, Set<Long> areaIds) {
    return jdbc.sql(
            """
            SELECT reference FROM referral
            WHERE repeat_of_referral_id = :id AND area_id = ANY(:areas)
            ORDER BY referred_on, id
            """)
        .param("id", referralId)
        .param("areas", areaIds.toArray(Long[]::new))
        .query(String.class)
        .list();
  }
}
