package org.tandem.referrer.internal;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The invitation email's templates, and what became of each invitation's email. */
@Repository
class InvitationEmailStore {

  private final JdbcClient jdbc;

  InvitationEmailStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The GOV.UK Notify templates the service set for the invitation email. */
  record Template(
      UUID templateId, UUID templateIdCy, String updatedBy, OffsetDateTime updatedAt, int version) {

    /** The Welsh template for a Welsh invitation if there is one, otherwise the English one. */
    UUID templateFor(EmailLanguage language) {
      return language == EmailLanguage.WELSH && templateIdCy != null ? templateIdCy : templateId;
    }
  }

  Template template() {
    return jdbc.sql(
            """
            SELECT template_id, template_id_cy, updated_by, updated_at, version
            FROM referrer_invitation_template WHERE id = 1
            """)
        .query(
            (rs, i) ->
                new Template(
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getInt(5)))
        .single();
  }

  /** Saves the templates if no one changed them since this version was read. */
  boolean saveTemplate(UUID english, UUID welsh, int version, String by, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE referrer_invitation_template SET template_id = :en, template_id_cy = :cy,
                  updated_by = :by, updated_at = :now, version = version + 1
                WHERE id = 1 AND version = :version
                """)
            .param("en", english)
            .param("cy", welsh)
            .param("by", by)
            .param("now", now)
            .param("version", version)
            .update()
        == 1;
  }

  /** What the email needs of an invitation: nothing about any case. */
  record ToSend(
      long id,
      String email,
      String name,
      String areaName,
      EmailLanguage language,
      OffsetDateTime expiresAt) {}

  ToSend toSend(long invitationId) {
    return jdbc.sql(
            """
            SELECT i.id, i.email, i.display_name, a.name, i.email_language, i.expires_at
            FROM referrer_invitation i JOIN area a ON a.id = i.area_id
            WHERE i.id = :id
            """)
        .param("id", invitationId)
        .query(
            (rs, i) ->
                new ToSend(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    EmailLanguage.valueOf(rs.getString(5)),
                    rs.getObject(6, OffsetDateTime.class)))
        .single();
  }

  /** Records what became of the email: SENT with Notify's id, or NOT_SENT or FAILED and why. */
  void emailed(
      long invitationId, String status, String notifyId, String reason, OffsetDateTime now) {
    jdbc.sql(
            """
            UPDATE referrer_invitation SET email_status = :status,
              notify_id = CAST(:notify AS uuid), email_reason = :reason, emailed_at = :now
            WHERE id = :id
            """)
        .param("status", status)
        .param("notify", notifyId)
        .param("reason", reason)
        .param("now", now)
        .param("id", invitationId)
        .update();
  }
}
