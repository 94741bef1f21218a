package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Area;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.ApiController;
import org.tandem.web.PostCreates;

/** Historical imports and the repeat-victimisation figure, for managers. */
@ApiController(tag = "Outcomes")
@PreAuthorize(Roles.MANAGER)
class OutcomesApiController {

  private final ReportAreas areas;
  private final HistoricalImports imports;
  private final HistoricalCohorts cohorts;
  private final RepeatVictimisationFigures figures;
  private final Exclusions exclusions;
  private final ServiceClock clock;
  private final OutcomesWords words;

  OutcomesApiController(
      ReportAreas areas,
      HistoricalImports imports,
      HistoricalCohorts cohorts,
      RepeatVictimisationFigures figures,
      Exclusions exclusions,
      ServiceClock clock,
      OutcomesWords words) {
    this.areas = areas;
    this.imports = imports;
    this.cohorts = cohorts;
    this.figures = figures;
    this.exclusions = exclusions;
    this.clock = clock;
    this.words = words;
  }

  /** What an import made: the cohort, with where its figures are. */
  record ImportAnswer(long importId, String area, int imported, String historicalCohort) {}

  @PostCreates("/api/v1/imports/historical-outcomes")
  @Operation(
      summary = "Import a historical outcome table into an area",
      description =
          "The body is CSV in exactly the published format (columns case, referral_source,"
              + " police_chronology_evidence, inventory_violence, risk_report, disclosed_violence,"
              + " repeat_evidenced, sessions, case_status, woman_engaged). Every row is checked; if"
              + " any has a problem nothing is imported and the answer is 422 with each problem by"
              + " row (the header is row 1) and column. The table becomes a historical cohort of"
              + " its own, never counted in a live quarter: say where it comes from (source) and"
              + " the months it covers (from and to, written 2007-01).")
  ImportAnswer importTable(
      @RequestParam String area,
      @RequestParam(required = false) String source,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestBody String csv) {
    Area into = areas.require(area);
    CohortSource about = CohortSource.fromApi(source, from, to, clock.today(), words);
    HistoricalImports.Imported done = imports.importTable(into, about, new StringReader(csv));
    return new ImportAnswer(
        done.importId(),
        done.areaCode(),
        done.cases(),
        HistoricalCohortApiController.address(done.areaCode(), done.importId()));
  }

  @GetMapping("/api/v1/outcomes/repeat-victimisation")
  @Operation(
      summary = "The repeat-victimisation figure of an area, with its method and every case",
      description =
          "Live cases assessed up to the given day (today if none); imported historical cases are"
              + " not among them, each import having its own figure under"
              + " /api/v1/areas/{code}/historical-cohorts. Lists every excluded case with its"
              + " incidents and reason, so anyone can reproduce the figure.")
  RepeatVictimisationJson repeatVictimisation(
      @RequestParam String area, @RequestParam(required = false) LocalDate upTo) {
    return RepeatVictimisationJson.of(figures.forArea(areas.require(area), upTo));
  }

  // Checked at the door: the evaluations look these up rather than validate them. The reason's
  // limit is the evaluations' own, so both doors give the same message.
  record ExclusionRequest(
      @Size(max = 20, message = "{outcomes.problem.areaCodeTooLong}") String area,
      @Size(max = 40, message = "{outcomes.problem.caseCodeTooLong}") String caseCode,
      @Size(max = Exclusions.REASON_MAX, message = "{outcomes.problem.reasonTooLong300}")
          String reason) {}

  @PostCreates("/api/v1/outcomes/repeat-victimisation/exclusions")
  @Operation(
      summary = "Mark a case as one the service is no longer involved with",
      description =
          "An evaluator's mark, with a reason; the case's incidents leave the figure. Answers the"
              + " figure the case is in: the live one, or its historical cohort's.")
  RepeatVictimisationJson exclude(@Valid @RequestBody ExclusionRequest request) {
    Area area = areas.require(request.area());
    return figureOf(area, exclusions.mark(area, request.caseCode(), request.reason()));
  }

  record WithdrawalRequest(
      @Size(max = 20, message = "{outcomes.problem.areaCodeTooLong}") String area,
      @Size(max = 40, message = "{outcomes.problem.caseCodeTooLong}") String caseCode) {}

  @PostMapping("/api/v1/outcomes/repeat-victimisation/withdrawals")
  @Operation(summary = "Withdraw an evaluator's no-longer-involved mark from a case")
  RepeatVictimisationJson withdraw(@Valid @RequestBody WithdrawalRequest request) {
    Area area = areas.require(request.area());
    return figureOf(area, exclusions.withdraw(area, request.caseCode()));
  }

  private RepeatVictimisationJson figureOf(Area area, Long cohort) {
    return RepeatVictimisationJson.of(
        cohort == null
            ? figures.forArea(area, null)
            : figures.forCohort(cohorts.require(area, cohort)));
  }

  /**
   * Handled here, ahead of the general handler, so every problem reaches the caller by row and
   * column.
   */
  @ExceptionHandler(HistoricalImportRejected.class)
  ProblemDetail rejected(HistoricalImportRejected e) {
    ProblemDetail p =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNPROCESSABLE_CONTENT,
            words.say(
                "outcomes.problem.nothingImported",
                String.valueOf(e.problems().size()),
                e.problems().size()));
    p.setTitle(words.say("outcomes.problem.invalidTable"));
    List<Map<String, Object>> errors =
        e.problems().stream()
            .map(
                pr -> {
                  Map<String, Object> m = new java.util.LinkedHashMap<>();
                  m.put("row", pr.row());
                  m.put("column", pr.column());
                  m.put("case", pr.caseCode());
                  m.put("message", words.message(pr));
                  return m;
                })
            .toList();
    p.setProperty("errors", errors);
    return p;
  }
}
