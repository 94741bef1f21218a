package org.tandem.outcomes.internal;

import java.io.Reader;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.AuditLog;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.HistoricalRow;
import org.tandem.outcomes.HistoricalTable;
import org.tandem.outcomes.ImportProblem;

/**
 * Imports a historical outcome table into an area: all of it or, if any row has a problem, none of
 * it. Each import is a cohort of its own, reported apart from the area's live cases.
 */
@Service
class HistoricalImports {

  /** What an accepted import brought in. */
  record Imported(long importId, String areaCode, int cases) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate jdbcTemplate;
  private final AuditLog audit;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;

  HistoricalImports(
      JdbcClient jdbc,
      JdbcTemplate jdbcTemplate,
      AuditLog audit,
      CurrentUsers currentUsers,
      ServiceClock clock) {
    this.jdbc = jdbc;
    this.jdbcTemplate = jdbcTemplate;
    this.audit = audit;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  @Transactional
  Imported importTable(Area area, CohortSource source, Reader csv) {
    HistoricalTable.Reading reading = HistoricalTable.read(csv);
    if (!reading.accepted()) {
      throw new HistoricalImportRejected(reading.problems());
    }
    List<ImportProblem> clashes = alreadyImported(area, reading.rows());
    if (!clashes.isEmpty()) {
      throw new HistoricalImportRejected(clashes);
    }
    String by = currentUsers.current().username();
    Timestamp now = Timestamp.from(clock.instant());
    long importId =
        jdbc.sql(
                """
                INSERT INTO historical_import (area_id, file_name, case_count, imported_by, imported_at,
                    source_name, period_from, period_to)
                VALUES (:area, :file, :count, :by, :now, :source, :from, :to) RETURNING id
                """)
            .param("area", area.id())
            .param("file", source.fileName())
            .param("source", source.name())
            .param("from", source.from())
            .param("to", source.to())
            .param("count", reading.rows().size())
            .param("by", by)
            .param("now", now)
            .query(Long.class)
            .single();
    insertRows(importId, area, reading.rows());
    audit.record(
        AuditLog.Action.CREATE,
        "historical outcome import of " + reading.rows().size() + " cases into " + area.code(),
        null);
    return new Imported(importId, area.code(), reading.rows().size());
  }

  private List<ImportProblem> alreadyImported(Area area, List<HistoricalRow> rows) {
    Set<String> existing =
        jdbc.sql("SELECT upper(case_code) FROM historical_case WHERE area_id = :area")
            .param("area", area.id())
            .query(String.class)
            .set();
    List<ImportProblem> problems = new ArrayList<>();
    for (HistoricalRow r : rows) {
      if (existing.contains(r.caseCode().toUpperCase(java.util.Locale.ROOT))) {
        problems.add(
            new ImportProblem(
                r.rowNumber(),
                "case",
                r.caseCode(),
                "outcomes.import.problem.alreadyImported",
                area.name()));
      }
    }
    return problems;
  }

  private void insertRows(long importId, Area area, List<HistoricalRow> rows) {
    jdbcTemplate.batchUpdate(
        """
        INSERT INTO historical_case (import_id, area_id, row_number, case_code, referral_source,
            police_evidence, police_evidence_kind, police_incidents, inventory_violence, risk_report,
            disclosed_violence, repeat_evidenced, sessions_attended, sessions_completed, case_status,
            woman_engaged)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        rows,
        200,
        (ps, r) -> {
          ps.setLong(1, importId);
          ps.setLong(2, area.id());
          ps.setInt(3, r.rowNumber());
          ps.setString(4, r.caseCode());
          ps.setString(5, r.referralSource());
          ps.setString(6, r.policeEvidenceWritten());
          ps.setString(7, r.policeEvidence().kind().name());
          ps.setObject(8, r.policeEvidence().written());
          ps.setString(9, r.inventoryViolence());
          ps.setBoolean(10, r.riskReport());
          ps.setObject(11, r.disclosedViolence());
          ps.setObject(12, r.repeatEvidenced());
          ps.setObject(13, r.sessionsAttended());
          ps.setBoolean(14, r.sessionsCompleted());
          ps.setString(15, r.caseStatus());
          ps.setBoolean(16, r.womanEngaged());
        });
  }
}
