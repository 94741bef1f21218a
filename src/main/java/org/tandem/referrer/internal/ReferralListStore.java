package org.tandem.referrer.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.assessment.ReportKind;
import org.tandem.web.Paging;

/**
 * The referrals an agency made online, as its referrers see them: the reference, his name, where
 * the case stands and the dates of its steps, read from the journey the referral feature publishes,
 * and the reports released to them. Her details and the children's are never read here: the
 * children only as a count.
 */
@Repository
class ReferralListStore {

  private final JdbcClient jdbc;

  ReferralListStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One referral as its referrer sees it. */
  record Row(
      long referralId,
      String reference,
      long areaId,
      String manName,
      String status,
      LocalDate referredOn,
      LocalDate triagedOn,
      LocalDate assessedOn,
      LocalDate startedOn,
      LocalDate endedOn,
      int children,
      String referredBy) {}

  /** A report released to the referrer. */
  record Released(long reportId, long referralId, ReportKind kind, OffsetDateTime releasedAt) {}

  private static final String ROW =
      """
      SELECT j.referral_id, j.reference, j.area_id, j.status, j.referred_on, j.triaged_on,
        r.man_given_name || ' ' || r.man_family_name AS man_name,
        u.display_name AS referred_by,
        (SELECT count(*) FROM child c WHERE c.referral_id = j.referral_id) AS children,
        (SELECT min(m.changed_on) FROM report_case_move m WHERE m.referral_id = j.referral_id
           AND m.status IN ('ASSESSED_SUITABLE', 'ASSESSED_NOT_READY', 'ASSESSED_NOT_SUITABLE'))
          AS assessed_on,
        (SELECT min(m.changed_on) FROM report_case_move m WHERE m.referral_id = j.referral_id
           AND m.status = 'IN_PROGRAMME') AS started_on,
        (SELECT min(m.changed_on) FROM report_case_move m WHERE m.referral_id = j.referral_id
           AND m.status IN ('COMPLETED', 'EXITED_EARLY', 'CLOSED', 'REFERRED_ON',
             'DID_NOT_ATTEND')) AS ended_on
      FROM online_referral o
      JOIN report_case_journey j ON j.referral_id = o.referral_id
      JOIN referral r ON r.id = o.referral_id
      JOIN app_user u ON u.id = o.user_id
      WHERE o.organisation_id = :org AND j.area_id = :area
      """;

  List<Row> page(long organisationId, long areaId, Paging paging) {
    return jdbc.sql(
            ROW + "ORDER BY j.referred_on DESC, j.referral_id DESC LIMIT :size OFFSET :offset")
        .param("org", organisationId)
        .param("area", areaId)
        .param("size", paging.size())
        .param("offset", paging.offset())
        .query(ReferralListStore::row)
        .list();
  }

  long count(long organisationId, long areaId) {
    return jdbc.sql(
            """
            SELECT count(*) FROM online_referral o
            JOIN report_case_journey j ON j.referral_id = o.referral_id
            WHERE o.organisation_id = :org AND j.area_id = :area
            """)
        .param("org", organisationId)
        .param("area", areaId)
        .query(Long.class)
        .single();
  }

  Optional<Row> one(String reference, long organisationId, long areaId) {
    return jdbc.sql(ROW + "AND j.reference = :reference")
        .param("org", organisationId)
        .param("area", areaId)
        .param("reference", reference)
        .query(ReferralListStore::row)
        .optional();
  }

  /** The reports released for these cases, oldest first: one query for a whole page. */
  List<Released> released(Collection<Long> referralIds) {
    if (referralIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT report_id, referral_id, kind, released_at FROM report_release
            WHERE referral_id IN (:ids) ORDER BY released_at, report_id
            """)
        .param("ids", referralIds)
        .query(
            (rs, i) ->
                new Released(
                    rs.getLong("report_id"),
                    rs.getLong("referral_id"),
                    ReportKind.valueOf(rs.getString("kind")),
                    rs.getObject("released_at", OffsetDateTime.class)))
        .list();
  }

  /** A released report's PDF, as it was released. */
  record File(String name, byte[] pdf) {}

  Optional<File> pdf(long referralId, long reportId) {
    return jdbc.sql(
            "SELECT file_name, pdf FROM report_release WHERE referral_id = :r AND report_id = :id")
        .param("r", referralId)
        .param("id", reportId)
        .query((rs, i) -> new File(rs.getString("file_name"), rs.getBytes("pdf")))
        .optional();
  }

  private static Row row(ResultSet rs, int i) throws SQLException {
    return new Row(
        rs.getLong("referral_id"),
        rs.getString("reference"),
        rs.getLong("area_id"),
        rs.getString("man_name"),
        rs.getString("status"),
        rs.getObject("referred_on", LocalDate.class),
        rs.getObject("triaged_on", LocalDate.class),
        rs.getObject("assessed_on", LocalDate.class),
        rs.getObject("started_on", LocalDate.class),
        rs.getObject("ended_on", LocalDate.class),
        rs.getInt("children"),
        rs.getString("referred_by"));
  }
}
