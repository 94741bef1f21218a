package org.tandem.referrer.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.assessment.ReportKind;

/** Reports released to the referrer who made a case's referral online. */
@Repository
public class ReleaseStore {

  private final JdbcClient jdbc;

  ReleaseStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Who released a report, and when. */
  public record Release(String releasedBy, OffsetDateTime releasedAt) {}

  public Optional<Release> release(long reportId) {
    return jdbc.sql("SELECT released_by, released_at FROM report_release WHERE report_id = :id")
        .param("id", reportId)
        .query(
            (rs, i) ->
                new Release(
                    rs.getString("released_by"), rs.getObject("released_at", OffsetDateTime.class)))
        .optional();
  }

  /** The referrer who made the case's referral online, as "name, organisation". */
  public Optional<String> referrerOf(long referralId) {
    return jdbc.sql(
            """
            SELECT u.display_name || ', ' || o.name FROM online_referral r
            JOIN app_user u ON u.id = r.user_id
            JOIN referrer_organisation o ON o.id = r.organisation_id
            WHERE r.referral_id = :id
            """)
        .param("id", referralId)
        .query(String.class)
        .optional();
  }

  /** Keeps the release; false if the report was released already (by someone else, just now). */
  public boolean insert(
      long reportId,
      long referralId,
      long sharingId,
      ReportKind kind,
      String by,
      OffsetDateTime at,
      String fileName,
      byte[] pdf) {
    return jdbc.sql(
                """
                INSERT INTO report_release (report_id, referral_id, sharing_id, kind, released_by,
                  released_at, file_name, pdf)
                VALUES (:report, :referral, :sharing, :kind, :by, :at, :file, :pdf)
                ON CONFLICT (report_id) DO NOTHING
                """)
            .param("report", reportId)
            .param("referral", referralId)
            .param("sharing", sharingId)
            .param("kind", kind.name())
            .param("by", by)
            .param("at", at)
            .param("file", fileName)
            .param("pdf", pdf)
            .update()
        == 1;
  }
}
