package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.access.Area;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.Languages;

/**
 * The historical cohorts of an area: each imported table with its own figures, apart from the live
 * quarters. Managers and commissioners read the figures; managers read the cases and delete an
 * import made by mistake.
 */
@ApiController(path = "/api/v1/areas/{area}/historical-cohorts", tag = "Outcomes")
class HistoricalCohortApiController {

  private final ReportAreas areas;
  private final HistoricalCohorts cohorts;
  private final HistoricalCohortReport reports;
  private final RepeatVictimisationFigures figures;

  HistoricalCohortApiController(
      ReportAreas areas,
      HistoricalCohorts cohorts,
      HistoricalCohortReport reports,
      RepeatVictimisationFigures figures) {
    this.areas = areas;
    this.cohorts = cohorts;
    this.reports = reports;
    this.figures = figures;
  }

  static String address(String areaCode, long id) {
    return "/api/v1/areas/" + areaCode + "/historical-cohorts/" + id;
  }

  /**
   * One imported table as a cohort. Always HISTORICAL: these figures are never a live quarter's.
   *
   * @param figures its repeat-victimisation figures, suppressed as the quarterly report's are;
   *     absent from the list
   */
  @Schema(name = "HistoricalCohort")
  record CohortJson(
      long id,
      String kind,
      String area,
      String source,
      String fileName,
      LocalDate periodFrom,
      LocalDate periodTo,
      LocalDate importedOn,
      String importedBy,
      int cases,
      AreaReport.Section figures) {

    static CohortJson of(HistoricalCohorts.Cohort c, AreaReport.Section figures) {
      return new CohortJson(
          c.id(),
          "HISTORICAL",
          c.area().code(),
          c.source(),
          c.fileName(),
          c.periodFrom(),
          c.periodTo(),
          c.importedOn(),
          c.importedBy(),
          c.cases(),
          figures);
    }
  }

  @GetMapping
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary = "The historical cohorts of an area",
      description =
          "One per imported historical table: its source, the period it covers, when and by whom"
              + " it was imported, and how many cases it holds. Their figures are never part of a"
              + " quarterly report.")
  List<CohortJson> list(@PathVariable String area) {
    return cohorts.inArea(areas.require(area)).stream().map(c -> CohortJson.of(c, null)).toList();
  }

  @GetMapping("/{id}")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary = "A historical cohort with its own figures",
      description =
          "The repeat-victimisation figures of the imported table as published (incidents in full,"
              + " counts of cases from 1 to 4 shown as <5), and its cases excluded by kind.")
  CohortJson cohort(@PathVariable String area, @PathVariable long id) {
    HistoricalCohortReport.Report report = reports.of(areas.require(area), id, Languages.ENGLISH);
    return CohortJson.of(report.cohort(), report.figures());
  }

  @GetMapping("/{id}/repeat-victimisation")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "A historical cohort's repeat-victimisation figure, with every case",
      description =
          "Managers only. Lists every excluded case with its incidents and reason, so anyone can"
              + " reproduce the published figure.")
  RepeatVictimisationJson repeatVictimisation(@PathVariable String area, @PathVariable long id) {
    return RepeatVictimisationJson.of(figures.forCohort(cohorts.require(areas.require(area), id)));
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(Roles.MANAGER)
  @Operation(
      summary = "Delete a historical import made by mistake",
      description =
          "Managers only. Its cases and the marks on them go with it, so that the corrected table"
              + " can be imported again; the deletion is in the audit trail. 404 if it is not"
              + " there.")
  ResponseEntity<Void> delete(@PathVariable String area, @PathVariable long id) {
    Area in = areas.require(area);
    cohorts.delete(in, id);
    return ResponseEntity.noContent().build();
  }
}
