package org.tandem.outcomes.internal;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Area;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * The outcomes pages: where reports start, and repeat victimisation of the live cases with the
 * marks an evaluator puts on cases, live or historical.
 */
@Controller
class OutcomesController {

  private final ReportAreas areas;
  private final HistoricalCohorts cohorts;
  private final RepeatVictimisationFigures figures;
  private final Exclusions exclusions;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;
  private final OutcomesWords words;

  OutcomesController(
      ReportAreas areas,
      HistoricalCohorts cohorts,
      RepeatVictimisationFigures figures,
      Exclusions exclusions,
      CurrentUsers currentUsers,
      ServiceClock clock,
      OutcomesWords words) {
    this.areas = areas;
    this.cohorts = cohorts;
    this.figures = figures;
    this.exclusions = exclusions;
    this.currentUsers = currentUsers;
    this.clock = clock;
    this.words = words;
  }

  @GetMapping("/outcomes")
  @PreAuthorize(Roles.REPORT_READERS)
  String index(Model model) {
    ReportPeriod thisQuarter = ReportPeriod.quarterOf(today());
    model.addAttribute("areas", areas.mine());
    model.addAttribute("thisQuarter", thisQuarter);
    model.addAttribute("lastQuarter", thisQuarter.previousQuarter());
    model.addAttribute("manager", currentUsers.current().has(Role.SERVICE_MANAGER));
    return "outcomes/index";
  }

  // --- repeat victimisation ---

  @GetMapping("/outcomes/repeat-victimisation")
  @PreAuthorize(Roles.MANAGER)
  String repeatVictimisation(@RequestParam String area, Model model) {
    Area in = areas.require(area);
    model.addAttribute("figure", figures.forArea(in, null));
    model.addAttribute("historicalCohorts", cohorts.inArea(in).size());
    model.addAttribute("method", RepeatVictimisationJson.METHOD);
    return "outcomes/repeat-victimisation";
  }

  @GetMapping("/outcomes/repeat-victimisation/exclusions/new")
  @PreAuthorize(Roles.MANAGER)
  String exclusionForm(
      @RequestParam String area,
      @RequestParam("case") String caseCode,
      @RequestParam(required = false) Long cohort,
      Model model) {
    return showExclusion(areas.require(area), caseCode, cohort, "", null, model);
  }

  @PostMapping("/outcomes/repeat-victimisation/exclusions")
  @PreAuthorize(Roles.MANAGER)
  String exclude(
      @RequestParam String area,
      @RequestParam("case") String caseCode,
      @RequestParam(required = false) Long cohort,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect) {
    Area in = areas.require(area);
    Long markedIn;
    try {
      markedIn = exclusions.mark(in, caseCode, reason);
    } catch (InvalidRequestException e) {
      String problem =
          e.problems().stream()
              .map(FieldProblem::message)
              .findFirst()
              .orElse(words.say("outcomes.problem.checkReason"));
      return showExclusion(in, caseCode, cohort, reason, problem, model);
    }
    redirect.addFlashAttribute("saved", words.say("outcomes.saved.marked", caseCode));
    return "redirect:" + figurePage(in, markedIn);
  }

  @PostMapping("/outcomes/repeat-victimisation/withdrawals")
  @PreAuthorize(Roles.MANAGER)
  String withdraw(
      @RequestParam String area,
      @RequestParam("case") String caseCode,
      RedirectAttributes redirect) {
    Area in = areas.require(area);
    String back = figurePage(in, exclusions.cohortOf(in, caseCode));
    try {
      exclusions.withdraw(in, caseCode);
      redirect.addFlashAttribute("saved", words.say("outcomes.saved.withdrawn", caseCode));
    } catch (InvalidRequestException e) {
      // Pressed twice, or withdrawn by someone else meanwhile: say so on the page.
      redirect.addFlashAttribute(
          "notice",
          e.problems().stream()
              .map(FieldProblem::message)
              .findFirst()
              .orElse(words.say("outcomes.problem.nothingWithdrawn")));
    }
    return "redirect:" + back;
  }

  /** Where a case's figure is shown: its historical cohort's page, or the live figure's. */
  private static String figurePage(Area area, Long cohort) {
    return cohort == null
        ? "/outcomes/repeat-victimisation?area=" + area.code()
        : HistoricalCohortController.address(area.code(), cohort);
  }

  private String showExclusion(
      Area area, String caseCode, Long cohort, String reason, String problem, Model model) {
    model.addAttribute("area", area);
    model.addAttribute("cohort", cohort);
    model.addAttribute("back", figurePage(area, cohort));
    model.addAttribute("caseCode", caseCode);
    model.addAttribute("reason", reason);
    model.addAttribute("problem", problem);
    model.addAttribute("reasonMax", Exclusions.REASON_MAX);
    return "outcomes/exclusion";
  }

  private LocalDate today() {
    return clock.today();
  }
}
