package org.tandem.planner.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.planner.Plan;
import org.tandem.planner.PlannerForm;
import org.tandem.planner.PlannerInputs;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.PdfDownload;
import org.tandem.web.PostCreates;
import org.tandem.web.SpreadsheetDownload;
import tools.jackson.databind.JsonNode;

/**
 * The planner through the API: a plan worked out from the same inputs as the page's query string,
 * and saved scenarios: save the inputs under a name, list, fetch one with its plan, rename or
 * delete one, and compare two as JSON, PDF or spreadsheet. The inputs are the planner page's
 * fields, so a scenario saved here opens in the planner exactly as it was given.
 */
@ApiController(path = "/api/v1/planner", tag = "Commissioning planner")
@PreAuthorize(Roles.REPORT_READERS)
class PlannerApiController {

  private final PlannerWork work;
  private final Scenarios scenarios;
  private final ScenarioController pages;
  private final PlannerMessages plannerMessages;

  PlannerApiController(
      PlannerWork work,
      Scenarios scenarios,
      ScenarioController pages,
      PlannerMessages plannerMessages) {
    this.plannerMessages = plannerMessages;
    this.work = work;
    this.scenarios = scenarios;
    this.pages = pages;
  }

  /** The plan, the inputs it was worked out from (defaults filled in) and any forecast. */
  record Answer(PlannerInputs inputs, Plan plan, ForecastAgainstActual forecastAgainstActual) {}

  @GetMapping
  @Operation(
      summary = "Work out a plan for an area or a group of areas",
      description =
          "Areas as areas[0].name, areas[0].population, areas[0].adultWomen (women 16+) and"
              + " optionally areas[0].tandemArea (a Tandem area code you cover, for the forecast"
              + " against actual), then areas[1]…; every assumption is optional and takes its"
              + " published default: prevalencePercent (6), nationalPopulation (59600000), the"
              + " national costs in £ million (costCriminalJusticeMillions …), populationPerHundredReferrals"
              + " (175000), referralsPerWorker (100), programmeSharePercent (50), menPerGroupPerYear (25),"
              + " groupSize (12), partnersPerReferral (1), partnerContactPercent (80),"
              + " partnerTakeUpPercent (60), idvasPerHundredThousandWomen (4),"
              + " maracsPerHundredThousandWomen (1), budget[0]…budget[13] in £, overheadPercent (10),"
              + " savingPerMan, savingPerPartner, savingPerChild, childrenPerMan (1). A bad value is"
              + " 400 naming its field.")
  Answer plan(@ParameterObject @ModelAttribute PlannerForm form) {
    PlannerWork.Worked worked = work.work(form);
    if (!worked.valid()) {
      throw new InvalidRequestException(worked.problems());
    }
    return new Answer(worked.inputs(), worked.plan(), worked.forecast());
  }

  @GetMapping("/scenarios")
  @Operation(
      summary = "Saved scenarios, newest first",
      description =
          "A page (from 0) of scenarios with their areas, women experiencing domestic abuse and"
              + " first-year cost for the expected referrals.")
  ScenarioPage list(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return scenarios.page(page, size);
  }

  @PostCreates("/scenarios")
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
          List.of(new FieldProblem("", plannerMessages.say("planner.problem.sendScenario"))));
    }
    JsonNode nameNode = body.get("name");
    String name = nameNode == null || !nameNode.isValueNode() ? null : nameNode.asString();
    List<FieldProblem> problems = new ArrayList<>(scenarios.nameProblems(name, "name"));
    PlannerFormJson.Read read = PlannerFormJson.read(body.get("form"), "form.", plannerMessages);
    problems.addAll(read.problems());
    PlannerForm.Reading reading = null;
    if (read.problems().isEmpty()) {
      reading = read.form().read(LocaleContextHolder.getLocale());
      reading
          .problems()
          .forEach(p -> problems.add(new FieldProblem("form." + p.field(), p.message())));
      problems.addAll(scenarios.tandemAreaProblems(read.form(), "form."));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Scenario saved = scenarios.save(name, reading.inputs(), "name");
    return Created.at("/api/v1/planner/scenarios/{id}", saved, saved.id());
  }

  @GetMapping("/scenarios/{id}")
  @Operation(summary = "A saved scenario: its inputs and the plan worked out from them")
  Scenario scenario(@PathVariable long id) {
    return scenarios.get(id);
  }

  @PatchMapping("/scenarios/{id}")
  @Operation(
      summary = "Rename a saved scenario",
      description =
          "Body: {\"name\": \"Newham at 8%, revised\", \"version\": 0}, the version as last read"
              + " (in the scenario or the list). 409 if it was changed since; 400 naming name or"
              + " version; 404 if there is no such scenario, or it is set against a Tandem area"
              + " you do not cover.")
  Scenario rename(@PathVariable long id, @RequestBody JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidRequestException(
          List.of(new FieldProblem("", plannerMessages.say("planner.problem.sendRename"))));
    }
    JsonNode nameNode = body.get("name");
    JsonNode versionNode = body.get("version");
    List<FieldProblem> problems = new ArrayList<>();
    if (nameNode == null || !nameNode.isString()) {
      problems.add(new FieldProblem("name", plannerMessages.say("planner.problem.scenarioName")));
    }
    if (versionNode == null || !versionNode.isIntegralNumber() || !versionNode.canConvertToInt()) {
      problems.add(
          new FieldProblem("version", plannerMessages.say("planner.problem.scenarioVersion")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return scenarios.rename(id, versionNode.asInt(), nameNode.asString(), "name");
  }

  @DeleteMapping("/scenarios/{id}")
  @Operation(
      summary = "Delete a saved scenario",
      description =
          "204 when deleted; 404 if there is no such scenario, or it is set against a Tandem area"
              + " you do not cover.")
  ResponseEntity<Void> delete(@PathVariable long id) {
    scenarios.delete(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/compare")
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

  @GetMapping("/compare/pdf")
  @Operation(summary = "Two saved scenarios side by side, as a PDF")
  @PdfDownload("The comparison as a PDF attachment")
  ResponseEntity<byte[]> comparisonPdf(
      @RequestParam(required = false) String a, @RequestParam(required = false) String b) {
    long[] ids = chosen(a, b);
    return pages.comparisonPdf(ids[0], ids[1]);
  }

  @GetMapping("/compare/xlsx")
  @Operation(summary = "Two saved scenarios side by side, as a spreadsheet")
  @SpreadsheetDownload("The comparison as a workbook attachment")
  ResponseEntity<byte[]> comparisonSpreadsheet(
      @RequestParam(required = false) String a, @RequestParam(required = false) String b) {
    long[] ids = chosen(a, b);
    return pages.comparisonSpreadsheet(ids[0], ids[1]);
  }

  private long[] chosen(String a, String b) {
    List<FieldProblem> problems = CompareChoice.problems(a, b, plannerMessages);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new long[] {CompareChoice.id(a), CompareChoice.id(b)};
  }
}
