package org.tandem.outcomes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.AuditLog;
import org.tandem.access.People;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.NotFoundException;

/**
 * The historical cohorts of an area: one per imported table, each with what it is, the period it
 * covers and who imported it when. They are reported on their own and never inside a live quarter,
 * and one imported by mistake can be deleted whole.
 */
@Service
class HistoricalCohorts {

  /**
   * One imported table.
   *
   * @param source where the table comes from; null for an import made without one
   * @param periodFrom null when the period was not given
   */
  record Cohort(
      long id,
      Area area,
      String source,
      String fileName,
      LocalDate periodFrom,
      LocalDate periodTo,
      LocalDate importedOn,
      String importedBy,
      int cases) {

    /** What the cohort is called on pages: its source, else its file, else its number. */
    public String title() {
      if (source != null) {
        return source;
      }
      return fileName != null ? fileName : "Import " + id;
    }

    public boolean periodGiven() {
      return periodFrom != null && periodTo != null;
    }
  }

  private final JdbcClient jdbc;
  private final People people;
  private final AuditLog audit;
  private final OutcomesWords words;

  HistoricalCohorts(JdbcClient jdbc, People people, AuditLog audit, OutcomesWords words) {
    this.jdbc = jdbc;
    this.words = words;
    this.people = people;
    this.audit = audit;
  }

  private static final String SELECT =
      """
      SELECT i.id, i.source_name, i.file_name, i.period_from, i.period_to, i.imported_at,
             i.imported_by, i.case_count
      FROM historical_import i
      """;

  /** The area's cohorts, the latest period first, then the latest import. */
  List<Cohort> inArea(Area area) {
    return jdbc.sql(
            SELECT
                + " WHERE i.area_id = :area"
                + " ORDER BY i.period_to DESC NULLS LAST, i.imported_at DESC, i.id DESC")
        .param("area", area.id())
        .query((rs, n) -> cohort(area, rs))
        .list();
  }

  /** The cohort with this number in the area, answered as not found anywhere else. */
  Cohort require(Area area, long id) {
    return find(area, id)
        .orElseThrow(() -> new NotFoundException(words.say("outcomes.problem.noSuchCohort")));
  }

  Optional<Cohort> find(Area area, long id) {
    return jdbc.sql(SELECT + " WHERE i.area_id = :area AND i.id = :id")
        .param("area", area.id())
        .param("id", id)
        .query((rs, n) -> cohort(area, rs))
        .optional();
  }

  /**
   * Deletes an import made by mistake: its cases, any marks an evaluator put on them, and the
   * import itself, so that the corrected table can be imported again. What was deleted stays in the
   * audit trail.
   *
   * @throws NotFoundException when it is not there, for instance already deleted by someone else
   */
  @Transactional
  Cohort delete(Area area, long id) {
    Cohort cohort =
        jdbc.sql(SELECT + " WHERE i.area_id = :area AND i.id = :id FOR UPDATE")
            .param("area", area.id())
            .param("id", id)
            .query((rs, n) -> cohort(area, rs))
            .optional()
            .orElseThrow(() -> new NotFoundException(words.say("outcomes.problem.cohortGone")));
    jdbc.sql(
            """
            DELETE FROM outcome_exclusion
            WHERE historical_case_id IN (SELECT h.id FROM historical_case h WHERE h.import_id = :id)
            """)
        .param("id", id)
        .update();
    jdbc.sql("DELETE FROM historical_case WHERE import_id = :id").param("id", id).update();
    jdbc.sql("DELETE FROM historical_import WHERE id = :id").param("id", id).update();
    String what =
        "historical cohort "
            + id
            + " of "
            + cohort.cases()
            + " cases deleted from "
            + area.code()
            + ": "
            + cohort.title();
    audit.record(AuditLog.Action.DELETE, what.length() > 200 ? what.substring(0, 200) : what, null);
    return cohort;
  }

  private Cohort cohort(Area area, ResultSet rs) throws SQLException {
    return new Cohort(
        rs.getLong("id"),
        area,
        rs.getString("source_name"),
        rs.getString("file_name"),
        rs.getObject("period_from", LocalDate.class),
        rs.getObject("period_to", LocalDate.class),
        ServiceClock.dayOf(rs.getTimestamp("imported_at").toInstant()),
        people.name(rs.getString("imported_by")),
        rs.getInt("case_count"));
  }
}
