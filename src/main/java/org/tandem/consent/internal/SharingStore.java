package org.tandem.consent.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.CaseRef;
import org.tandem.consent.Grounds;
import org.tandem.consent.LawfulBasis;
import org.tandem.consent.NewSharing;
import org.tandem.consent.ShareTo;
import org.tandem.consent.Sharing;

/** Information shared out of the service from his case: insert-only, read with its consent. */
@Repository
public class SharingStore {

  private final JdbcClient jdbc;

  SharingStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      CaseRef ref, NewSharing sharing, Grounds grounds, String by, OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO case_sharing (referral_id, kind, shared_on, recipient, what, basis,
              consent_id, basis_reason, recorded_by, recorded_at)
            VALUES (:referral, :kind, :on, :recipient, :what, :basis, :consent, :reason, :by, :at)
            RETURNING id
            """)
        .param("referral", ref.referralId())
        .param("kind", sharing.kind().name())
        .param("on", sharing.sharedOn())
        .param("recipient", sharing.recipient().strip())
        .param("what", sharing.what().strip())
        .param("basis", grounds.basis().name())
        .param("consent", grounds.consentId())
        .param("reason", grounds.reason())
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .single();
  }

  /** Every sharing from his case, newest first, each with the consent it relied on. */
  public List<Sharing> list(CaseRef ref) {
    return jdbc.sql(
            """
            SELECT s.id, s.kind, s.shared_on, s.recipient, s.what, s.basis, s.basis_reason,
              c.given_on, c.withdrawn_on, s.recorded_by
            FROM case_sharing s LEFT JOIN man_consent c ON c.id = s.consent_id
            WHERE s.referral_id = :referral
            ORDER BY s.shared_on DESC, s.id DESC
            """)
        .param("referral", ref.referralId())
        .query(
            (rs, i) ->
                new Sharing(
                    rs.getLong(1),
                    ShareTo.valueOf(rs.getString(2)),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5),
                    LawfulBasis.valueOf(rs.getString(6)),
                    rs.getString(7),
                    rs.getObject(8, LocalDate.class),
                    rs.getObject(9, LocalDate.class),
                    rs.getString(10)))
        .list();
  }
}
