package org.tandem.partnersupport.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;

/**
 * Reads and writes the letter: when her letter and information pack went (through a {@link
 * WallPass} for her case, touching only a partner on that case), and the service's letter template,
 * which names nobody.
 */
@Repository
public class LetterStore {

  private final JdbcClient jdbc;

  LetterStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean letterSent(WallPass pass, long partnerId, LocalDate on, int version) {
    return jdbc.sql(
                """
                UPDATE partner SET letter_sent_on = :on, version = version + 1
                WHERE id = :id AND referral_id = :referral AND version = :version
                """)
            .param("on", on)
            .param("id", partnerId)
            .param("referral", pass.referralId())
            .param("version", version)
            .update()
        == 1;
  }

  /** The service's letter template and its version. */
  public record Template(String body, String updatedBy, OffsetDateTime updatedAt, int version) {}

  public Template template() {
    return jdbc.sql(
            "SELECT body, updated_by, updated_at, version FROM letter_template WHERE id = 1")
        .query(
            (rs, i) ->
                new Template(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class),
                    rs.getInt(4)))
        .single();
  }

  public boolean updateTemplate(String body, int version, String by, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE letter_template SET body = :body, updated_by = :by, updated_at = :now,
                  version = version + 1
                WHERE id = 1 AND version = :version
                """)
            .param("body", body)
            .param("by", by)
            .param("now", now)
            .param("version", version)
            .update()
        == 1;
  }
}
