package org.tandem.planner.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.access.Roles;
import org.tandem.planner.PlannerForm;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import tools.jackson.databind.JsonNode;

/**
 * Saved scenarios through the API: save the planner's inputs under a name, list, fetch one with its
 * plan, and compare two as JSON, PDF or spreadsheet. The inputs are the planner page's fields, so a
 * scenario saved here opens in the planner exactly as it was given.
 */
@RestController
@Tag(name = "Commissioning planner")
@SecurityRequirement(name = "bearer")
class ScenarioApiController {

  private final Scenarios scenarios;
  private final ScenarioController pages;

  ScenarioApiController(Scenarios scenarios, ScenarioController pages) {
    this.scenarios = scenarios;
    this.pages = pages;
  }

  @GetMapping("/api/v1/planner/scenarios")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary = "Saved scenarios, newest first",
      description =
          "A page (from 0) of scenarios with their areas, women experiencing domestic abuse and"
              + " first-year cost for the expected referrals.")
  ScenarioPage list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return scenarios.page(page, size);
  }

  @PostMapping("/api/v1/planner/scenarios")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary = "Save the planner's inputs as a named scenario",
      description =
          "Body: {\"name\": \"Newham at 8%\", \"form\": {\"areas\": [{\"name\": \"Newham\","
              + " \"population\": 243891, \"adultWomen\": 91556}], \"prevalencePercent\": 8}}. The"
              + " form holds the planner page's fields (areas[].name/population/adultWomen/"
              + "tandemArea, prevalencePercent, nationalPopulation, cost…Millions,"
              + " populationPerHundredReferrals, referralsPerWorker, programmeSharePercent,"
              + " menPerGroupPerYear, groupSize, partnersPerReferral, partnerContactPercent,"
              + " partnerTakeUpPercent, idvasPerHundredThousandWomen,"
              + " maracsPerHundredThousandWomen, budget[], overheadPercent, savingPerMan,"
              + " savingPerPartner, savingPerChild, childrenPerMan) as numbers or text; any left"
              + " out takes its published default. The name must be unique.")
  ResponseEntity<Scenario> save(@RequestBody JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(
          List.of(new FieldProblem("", "Send an object with a name and the planner's form")));
    }
    JsonNode nameNode = body.get("name");
    String name = nameNode == null || !nameNode.isValueNode() ? null : nameNode.asString();
    List<FieldProblem> problems = new ArrayList<>(scenarios.nameProblems(name, "name"));
    PlannerFormJson.Read read = PlannerFormJson.read(body.get("form"), "form.");
    problems.addAll(read.problems());
    PlannerForm.Reading reading = null;
    if (read.problems().isEmpty()) {
      reading = read.form().read();
      reading
          .problems()
          .forEach(p -> problems.add(new FieldProblem("form." + p.field(), p.message())));
      problems.addAll(scenarios.tandemAreaProblems(read.form(), "form."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Scenario saved = scenarios.save(name, reading.inputs(), "name");
    return ResponseEntity.created(URI.create("/api/v1/planner/scenarios/" + saved.id()))
        .body(saved);
  }

  @GetMapping("/api/v1/planner/scenarios/{id}")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(summary = "A saved scenario: its inputs and the plan worked out from them")
  Scenario scenario(@PathVariable long id) {
    return scenarios.get(id);
  }

  @GetMapping("/api/v1/planner/compare")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary = "Two saved scenarios side by side",
      description =
          "Every input and every result of scenarios a and b, each line with its value in both"
              + " (money in pounds, rates as shares) and whether they differ.")
  ScenarioComparison compare(
      @RequestParam(required = false) String a, @RequestParam(required = false) String b) {
    long[] ids = chosen(a, b);
    return scenarios.compare(ids[0], ids[1]);
  }

  @GetMapping("/api/v1/planner/compare/pdf")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(summary = "Two saved scenarios side by side, as a PDF")
  ResponseEntity<byte[]> comparisonPdf(
      @RequestParam(required = false) String a, @RequestParam(required = false) String b) {
    long[] ids = chosen(a, b);
    return pages.comparisonPdf(ids[0], ids[1]);
  }

  @GetMapping("/api/v1/planner/compare/xlsx")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(summary = "Two saved scenarios side by side, as a spreadsheet")
  ResponseEntity<byte[]> comparisonSpreadsheet(
      @RequestParam(required = false) String a, @RequestParam(required = false) String b) {
    long[] ids = chosen(a, b);
    return pages.comparisonSpreadsheet(ids[0], ids[1]);
  }

  private static long[] chosen(String a, String b) {
    List<FieldProblem> problems = CompareChoice.problems(a, b);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new long[] {CompareChoice.id(a), CompareChoice.id(b)};
  }
}
