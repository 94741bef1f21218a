package org.tandem.consent.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.CaseRef;
import org.tandem.access.WallPass;
import org.tandem.consent.Consent;
import org.tandem.consent.ConsentWithdrawal;
import org.tandem.consent.NewConsent;
import org.tandem.consent.ShareTo;
import org.tandem.consent.WithdrawnHow;

/**
 * Her consents (behind the wall: every method takes a {@link WallPass} and keeps to its case) and
 * his (on his opened case). Insert-only but for the withdrawal, which names the version it read.
 */
@Repository
public class ConsentStore {

  private static final String COLUMNS =
      """
      id, scope, agencies, given_on, expires_on, recorded_by, withdrawn_on, withdrawn_how,
      withdrawn_by, version
      """;

  private final JdbcClient jdbc;

  ConsentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  // --- hers ---

  /** Whether she is a partner on the pass's case. */
  public boolean isOnTheCase(WallPass pass, long partnerId) {
    return jdbc.sql(
            "SELECT EXISTS (SELECT 1 FROM partner WHERE id = :partner AND referral_id = :referral)")
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .query(Boolean.class)
        .single();
  }

  /** Her consents, newest given first. */
  public List<Consent> hers(WallPass pass, long partnerId) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + """
                FROM partner_consent WHERE partner_id = :partner AND referral_id = :referral
                ORDER BY given_on DESC, id DESC
                """)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .query((rs, i) -> consent(rs))
        .list();
  }

  public long insertHers(
      WallPass pass, long partnerId, NewConsent consent, String by, OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO partner_consent (referral_id, partner_id, scope, agencies, given_on,
              expires_on, recorded_by, recorded_at)
            VALUES (:referral, :partner, CAST(:scope AS varchar[]), :agencies, :given, :expires,
              :by, :at)
            RETURNING id
            """)
        .param("referral", pass.referralId())
        .param("partner", partnerId)
        .params(written(consent, by, at))
        .query(Long.class)
        .single();
  }

  /** False if the consent is not hers, is already withdrawn or changed since it was read. */
  public boolean withdrawHers(
      WallPass pass, long partnerId, long id, ConsentWithdrawal w, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE partner_consent SET withdrawn_on = :on, withdrawn_how = :how,
                  withdrawn_by = :by, withdrawn_at = :at, version = version + 1
                WHERE id = :id AND partner_id = :partner AND referral_id = :referral
                  AND version = :version AND withdrawn_on IS NULL
                """)
            .param("partner", partnerId)
            .param("referral", pass.referralId())
            .params(withdrawal(id, w, by, at))
            .update()
        == 1;
  }

  // --- his ---

  public List<Consent> his(CaseRef ref) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM man_consent WHERE referral_id = :referral ORDER BY given_on DESC, id DESC")
        .param("referral", ref.referralId())
        .query((rs, i) -> consent(rs))
        .list();
  }

  public long insertHis(CaseRef ref, NewConsent consent, String by, OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO man_consent (referral_id, scope, agencies, given_on, expires_on,
              recorded_by, recorded_at)
            VALUES (:referral, CAST(:scope AS varchar[]), :agencies, :given, :expires, :by, :at)
            RETURNING id
            """)
        .param("referral", ref.referralId())
        .params(written(consent, by, at))
        .query(Long.class)
        .single();
  }

  public boolean withdrawHis(
      CaseRef ref, long id, ConsentWithdrawal w, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE man_consent SET withdrawn_on = :on, withdrawn_how = :how,
                  withdrawn_by = :by, withdrawn_at = :at, version = version + 1
                WHERE id = :id AND referral_id = :referral AND version = :version
                  AND withdrawn_on IS NULL
                """)
            .param("referral", ref.referralId())
            .params(withdrawal(id, w, by, at))
            .update()
        == 1;
  }

  // --- shared ---

  private static java.util.Map<String, Object> written(
      NewConsent consent, String by, OffsetDateTime at) {
    java.util.Map<String, Object> p = new java.util.HashMap<>();
    p.put(
        "scope",
        "{"
            + String.join(",", consent.scope().stream().sorted().map(ShareTo::name).toList())
            + "}");
    p.put(
        "agencies",
        consent.agencies() == null || consent.agencies().isBlank()
            ? null
            : consent.agencies().strip());
    p.put("given", consent.givenOn());
    p.put("expires", consent.expiresOn());
    p.put("by", by);
    p.put("at", at);
    return p;
  }

  private static java.util.Map<String, Object> withdrawal(
      long id, ConsentWithdrawal w, String by, OffsetDateTime at) {
    return java.util.Map.of(
        "id",
        id,
        "on",
        w.withdrawnOn(),
        "how",
        w.how().name(),
        "by",
        by,
        "at",
        at,
        "version",
        w.version());
  }

  private static Consent consent(ResultSet rs) throws SQLException {
    String how = rs.getString("withdrawn_how");
    return new Consent(
        rs.getLong("id"),
        scope(rs.getArray("scope")),
        rs.getString("agencies"),
        rs.getObject("given_on", LocalDate.class),
        rs.getObject("expires_on", LocalDate.class),
        rs.getString("recorded_by"),
        rs.getObject("withdrawn_on", LocalDate.class),
        how == null ? null : WithdrawnHow.valueOf(how),
        rs.getString("withdrawn_by"),
        rs.getInt("version"),
        null);
  }

  private static List<ShareTo> scope(Array array) throws SQLException {
    return Arrays.stream((Object[]) array.getArray())
        .map(o -> ShareTo.valueOf((String) o))
        .sorted()
        .toList();
  }
}
