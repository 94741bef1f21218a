package org.tandem.referrer.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.referrer.OrganisationKind;

/** Referrers' agencies, invitations and accounts. */
@Repository
public class ReferrerStore {

  private final JdbcClient jdbc;

  ReferrerStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A referrer's account as their pages need it. */
  record Profile(
      long userId,
      String name,
      String email,
      long organisationId,
      String organisation,
      OrganisationKind kind,
      long areaId) {}

  /** An invitation as the managers' list shows it. */
  record Invitation(
      long id,
      String email,
      String name,
      String organisation,
      OrganisationKind kind,
      long areaId,
      String areaName,
      String invitedBy,
      OffsetDateTime invitedAt,
      OffsetDateTime expiresAt,
      OffsetDateTime acceptedAt,
      OffsetDateTime withdrawnAt,
      String emailStatus,
      OffsetDateTime emailedAt) {

    boolean usableAt(OffsetDateTime now) {
      return acceptedAt == null && withdrawnAt == null && expiresAt.isAfter(now);
    }
  }

  /** The agency of this name and kind, named for the first time if need be. */
  public long organisation(String name, OrganisationKind kind, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO referrer_organisation (name, kind, created_at) VALUES (:name, :kind, :now)
            ON CONFLICT (lower(name), kind) DO NOTHING
            """)
        .param("name", name)
        .param("kind", kind.name())
        .param("now", now)
        .update();
    return jdbc.sql(
            "SELECT id FROM referrer_organisation WHERE lower(name) = lower(:name) AND kind = :kind")
        .param("name", name)
        .param("kind", kind.name())
        .query(Long.class)
        .single();
  }

  long invite(
      String email,
      String name,
      long organisationId,
      long areaId,
      String tokenHash,
      String invitedBy,
      OffsetDateTime now,
      OffsetDateTime expiresAt,
      EmailLanguage language) {
    return jdbc.sql(
            """
            INSERT INTO referrer_invitation (email, display_name, organisation_id, area_id,
              token_hash, invited_by, invited_at, expires_at, email_language)
            VALUES (:email, :name, :org, :area, :hash, :by, :now, :expires, :language)
            RETURNING id
            """)
        .param("email", email)
        .param("name", name)
        .param("org", organisationId)
        .param("area", areaId)
        .param("hash", tokenHash)
        .param("by", invitedBy)
        .param("now", now)
        .param("expires", expiresAt)
        .param("language", language.name())
        .query(Long.class)
        .single();
  }

  /**
   * A new link's hash and expiry for a pending invitation in these areas whose email failed: its
   * email address, or empty if there is no such invitation.
   */
  Optional<String> reissue(
      long id, Set<Long> areaIds, String tokenHash, OffsetDateTime expiresAt, OffsetDateTime now) {
    if (areaIds.isEmpty()) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            UPDATE referrer_invitation SET token_hash = :hash, expires_at = :expires
            WHERE id = :id AND area_id IN (:areas) AND email_status = 'FAILED'
              AND accepted_at IS NULL AND withdrawn_at IS NULL AND expires_at > :now
            RETURNING email
            """)
        .param("hash", tokenHash)
        .param("expires", expiresAt)
        .param("id", id)
        .param("areas", areaIds)
        .param("now", now)
        .query(String.class)
        .optional();
  }

  private static final String INVITATION =
      """
      SELECT i.id, i.email, i.display_name, o.name AS organisation, o.kind, i.area_id,
        a.name AS area_name, i.invited_by, i.invited_at, i.expires_at, i.accepted_at, i.withdrawn_at,
        i.email_status, i.emailed_at
      FROM referrer_invitation i
      JOIN referrer_organisation o ON o.id = i.organisation_id
      JOIN area a ON a.id = i.area_id
      """;

  /** Invitations not yet used nor withdrawn, in these areas, newest first. */
  List<Invitation> pending(Set<Long> areaIds) {
    if (areaIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            INVITATION
                + """
                WHERE i.area_id IN (:areas) AND i.accepted_at IS NULL AND i.withdrawn_at IS NULL
                ORDER BY i.invited_at DESC, i.id DESC LIMIT 200
                """)
        .param("areas", areaIds)
        .query(ReferrerStore::invitation)
        .list();
  }

  Optional<Invitation> byTokenHash(String hash) {
    return jdbc.sql(INVITATION + "WHERE i.token_hash = :hash")
        .param("hash", hash)
        .query(ReferrerStore::invitation)
        .optional();
  }

  Optional<Long> organisationOf(long invitationId) {
    return jdbc.sql("SELECT organisation_id FROM referrer_invitation WHERE id = :id")
        .param("id", invitationId)
        .query(Long.class)
        .optional();
  }

  /** Withdraws a pending invitation in these areas; false if there is none to withdraw. */
  boolean withdraw(long id, Set<Long> areaIds, String by, OffsetDateTime now) {
    return !areaIds.isEmpty()
        && jdbc.sql(
                    """
                    UPDATE referrer_invitation SET withdrawn_at = :now, withdrawn_by = :by
                    WHERE id = :id AND area_id IN (:areas)
                      AND accepted_at IS NULL AND withdrawn_at IS NULL
                    """)
                .param("now", now)
                .param("by", by)
                .param("id", id)
                .param("areas", areaIds)
                .update()
            == 1;
  }

  /**
   * Uses the invitation for this account; false if it was used, withdrawn or expired meanwhile, so
   * that two people holding the same link cannot both make an account with it.
   */
  boolean accept(long id, long userId, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE referrer_invitation SET accepted_at = :now, user_id = :user
                WHERE id = :id AND accepted_at IS NULL AND withdrawn_at IS NULL
                  AND expires_at > :now
                """)
            .param("now", now)
            .param("user", userId)
            .param("id", id)
            .update()
        == 1;
  }

  public void account(long userId, long organisationId, long areaId) {
    jdbc.sql("INSERT INTO referrer_account (user_id, organisation_id, area_id) VALUES (:u, :o, :a)")
        .param("u", userId)
        .param("o", organisationId)
        .param("a", areaId)
        .update();
  }

  Optional<Profile> profile(long userId) {
    return jdbc.sql(
            """
            SELECT u.id, u.display_name, u.email, o.id AS org_id, o.name, o.kind, ra.area_id
            FROM referrer_account ra
            JOIN app_user u ON u.id = ra.user_id
            JOIN referrer_organisation o ON o.id = ra.organisation_id
            WHERE ra.user_id = :id
            """)
        .param("id", userId)
        .query(
            (rs, i) ->
                new Profile(
                    rs.getLong("id"),
                    rs.getString("display_name"),
                    rs.getString("email"),
                    rs.getLong("org_id"),
                    rs.getString("name"),
                    OrganisationKind.valueOf(rs.getString("kind")),
                    rs.getLong("area_id")))
        .optional();
  }

  /** Records that a referrer made the referral of this reference. */
  void made(String reference, long userId, long organisationId) {
    jdbc.sql(
            """
            INSERT INTO online_referral (referral_id, user_id, organisation_id)
            SELECT id, :user, :org FROM referral WHERE reference = :reference
            """)
        .param("user", userId)
        .param("org", organisationId)
        .param("reference", reference)
        .update();
  }

  /** Whether an account already uses this email address or a pending invitation names it. */
  boolean invitedAlready(String email, OffsetDateTime now) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM referrer_invitation
              WHERE lower(email) = lower(:email) AND accepted_at IS NULL AND withdrawn_at IS NULL
                AND expires_at > :now)
            """)
        .param("email", email)
        .param("now", now)
        .query(Boolean.class)
        .single();
  }

  private static Invitation invitation(java.sql.ResultSet rs, int row)
      throws java.sql.SQLException {
    return new Invitation(
        rs.getLong("id"),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getString("organisation"),
        OrganisationKind.valueOf(rs.getString("kind")),
        rs.getLong("area_id"),
        rs.getString("area_name"),
        rs.getString("invited_by"),
        rs.getObject("invited_at", OffsetDateTime.class),
        rs.getObject("expires_at", OffsetDateTime.class),
        rs.getObject("accepted_at", OffsetDateTime.class),
        rs.getObject("withdrawn_at", OffsetDateTime.class),
        rs.getString("email_status"),
        rs.getObject("emailed_at", OffsetDateTime.class));
  }
}
