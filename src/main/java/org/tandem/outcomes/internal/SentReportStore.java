package org.tandem.outcomes.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.Area;
import org.tandem.web.EditConflictException;
import org.tandem.web.Languages;

/**
 * The sent versions of quarterly reports. Only ever added to: the table refuses UPDATE and DELETE,
 * and the application's database user has no right to either (docs/deploy.md).
 */
@Repository
class SentReportStore {

  private static final String META =
      """
      s.version, s.signed_off_by, s.signed_off_name, s.signed_off_role, s.signed_off_at, s.notes,
      s.correction_reason, s.figures_sha256, s.pdf_sha256, s.xlsx_sha256,
      s.version < max(s.version) OVER (PARTITION BY s.area_id, s.quarter) AS superseded
      """;

  /** What a manager signs off, with the frozen files and their hashes. */
  record NewVersion(
      long areaId,
      String quarter,
      int version,
      String username,
      String name,
      String role,
      OffsetDateTime at,
      String notes,
      String correctionReason,
      String figuresJson,
      byte[] pdf,
      byte[] xlsx) {}

  /** One line of the list of sent reports: an area's quarter and its current version. */
  record SentQuarter(
      String areaCode,
      String areaName,
      String quarter,
      int versions,
      OffsetDateTime lastSignedOffAt) {}

  private final JdbcClient jdbc;

  SentReportStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every version of an area's quarter, newest first. */
  List<SentReport> versions(long areaId, String areaCode, String quarter) {
    return jdbc.sql(
            "SELECT "
                + META
                + """
                FROM sent_area_report s WHERE s.area_id = :area AND s.quarter = :quarter
                ORDER BY s.version DESC
                """)
        .param("area", areaId)
        .param("quarter", quarter)
        .query((rs, n) -> sentReport(rs, areaCode, quarter))
        .list();
  }

  /** The highest version sent for the quarter; 0 when none has been. */
  int latestVersion(long areaId, String quarter) {
    return jdbc.sql(
            "SELECT coalesce(max(version), 0) FROM sent_area_report"
                + " WHERE area_id = :area AND quarter = :quarter")
        .param("area", areaId)
        .param("quarter", quarter)
        .query(Integer.class)
        .single();
  }

  /** The file of one version, exactly as it was stored. */
  Optional<byte[]> file(long areaId, String quarter, int version, SentReportFormat format) {
    return jdbc.sql(
            "SELECT "
                + format.column()
                + " FROM sent_area_report"
                + " WHERE area_id = :area AND quarter = :quarter AND version = :version")
        .param("area", areaId)
        .param("quarter", quarter)
        .param("version", version)
        .query(
            (rs, n) ->
                format == SentReportFormat.JSON
                    ? rs.getString(1).getBytes(StandardCharsets.UTF_8)
                    : rs.getBytes(1))
        .optional();
  }

  /**
   * Adds a version. Refused as an edit conflict when another manager has signed the same version of
   * the quarter first: the one-per-version constraint decides, so two at once cannot both win.
   */
  void add(NewVersion v) {
    try {
      jdbc.sql(
              """
              INSERT INTO sent_area_report (area_id, quarter, version, signed_off_by,
                signed_off_name, signed_off_role, signed_off_at, notes, correction_reason,
                figures_json, figures_sha256, pdf, pdf_sha256, xlsx, xlsx_sha256)
              VALUES (:area, :quarter, :version, :by, :name, :role, :at, :notes, :reason,
                :json, :jsonSha, :pdf, :pdfSha, :xlsx, :xlsxSha)
              """)
          .param("area", v.areaId())
          .param("quarter", v.quarter())
          .param("version", v.version())
          .param("by", v.username())
          .param("name", v.name())
          .param("role", v.role())
          .param("at", v.at())
          .param("notes", v.notes())
          .param("reason", v.correctionReason())
          .param("json", v.figuresJson())
          .param("jsonSha", Sha256.hex(v.figuresJson().getBytes(StandardCharsets.UTF_8)))
          .param("pdf", v.pdf())
          .param("pdfSha", Sha256.hex(v.pdf()))
          .param("xlsx", v.xlsx())
          .param("xlsxSha", Sha256.hex(v.xlsx()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new EditConflictException("The quarterly report", Languages.ENGLISH);
    }
  }

  /** How many area quarters have been sent in these areas. */
  long countQuarters(Collection<Long> areaIds) {
    return jdbc.sql(
            "SELECT count(*) FROM (SELECT DISTINCT area_id, quarter FROM sent_area_report"
                + " WHERE area_id IN (:areas)) q")
        .param("areas", ids(areaIds))
        .query(Long.class)
        .single();
  }

  /** The quarters sent in these areas, latest quarter first, a page at a time. */
  List<SentQuarter> quarters(Map<Long, Area> areas, long offset, int size) {
    return jdbc.sql(
            """
            SELECT s.area_id, s.quarter, count(*) AS versions, max(s.signed_off_at) AS last_at
            FROM sent_area_report s WHERE s.area_id IN (:areas)
            GROUP BY s.area_id, s.quarter
            ORDER BY s.quarter DESC, s.area_id
            LIMIT :size OFFSET :offset
            """)
        .param("areas", ids(areas.keySet()))
        .param("size", size)
        .param("offset", offset)
        .query(
            (rs, n) -> {
              Area area = areas.get(rs.getLong(1));
              return new SentQuarter(
                  area.code(),
                  area.name(),
                  rs.getString(2),
                  rs.getInt(3),
                  rs.getObject(4, OffsetDateTime.class));
            })
        .list();
  }

  // An empty IN () is not SQL: no area is asked as an area that cannot exist.
  private static List<Long> ids(Collection<Long> areaIds) {
    return areaIds.isEmpty() ? List.of(-1L) : List.copyOf(areaIds);
  }

  private static SentReport sentReport(ResultSet rs, String areaCode, String quarter)
      throws SQLException {
    return new SentReport(
        areaCode,
        quarter,
        rs.getInt("version"),
        rs.getString("signed_off_by"),
        rs.getString("signed_off_name"),
        rs.getString("signed_off_role"),
        rs.getObject("signed_off_at", OffsetDateTime.class),
        rs.getString("notes"),
        rs.getString("correction_reason"),
        rs.getBoolean("superseded"),
        rs.getString("figures_sha256"),
        rs.getString("pdf_sha256"),
        rs.getString("xlsx_sha256"));
  }
}
