package org.tandem.outcomes.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Area;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.web.NotFoundException;

/**
 * The historical cohorts of an area as pages: the list, each cohort with its own figures, and the
 * deletion of one imported by mistake. Commissioners see figures only; managers also see the cases.
 */
@Controller
class HistoricalCohortController {

  private final ReportAreas areas;
  private final HistoricalCohorts cohorts;
  private final HistoricalCohortReport reports;
  private final CurrentUsers currentUsers;
  private final OutcomesWords words;

  HistoricalCohortController(
      ReportAreas areas,
      HistoricalCohorts cohorts,
      HistoricalCohortReport reports,
      CurrentUsers currentUsers,
      OutcomesWords words) {
    this.areas = areas;
    this.words = words;
    this.cohorts = cohorts;
    this.reports = reports;
    this.currentUsers = currentUsers;
  }

  static String address(String areaCode) {
    return "/outcomes/areas/" + areaCode + "/historical-cohorts";
  }

  static String address(String areaCode, long id) {
    return address(areaCode) + "/" + id;
  }

  @GetMapping("/outcomes/areas/{area}/historical-cohorts")
  @PreAuthorize(Roles.REPORT_READERS)
  String list(@PathVariable String area, Model model) {
    Area in = areas.require(area);
    model.addAttribute("area", in);
    model.addAttribute("cohorts", cohorts.inArea(in));
    model.addAttribute("manager", manager());
    return "outcomes/historical-cohorts";
  }

  @GetMapping("/outcomes/areas/{area}/historical-cohorts/{id}")
  @PreAuthorize(Roles.REPORT_READERS)
  String cohort(@PathVariable String area, @PathVariable long id, Model model) {
    HistoricalCohortReport.Report report = reports.of(areas.require(area), id);
    model.addAttribute("report", report);
    model.addAttribute("cohort", report.cohort());
    model.addAttribute("manager", manager());
    return "outcomes/historical-cohort";
  }

  @GetMapping("/outcomes/areas/{area}/historical-cohorts/{id}/delete")
  @PreAuthorize(Roles.MANAGER)
  String confirmDelete(@PathVariable String area, @PathVariable long id, Model model) {
    model.addAttribute("cohort", cohorts.require(areas.require(area), id));
    return "outcomes/historical-cohort-delete";
  }

  @PostMapping("/outcomes/areas/{area}/historical-cohorts/{id}/delete")
  @PreAuthorize(Roles.MANAGER)
  String delete(@PathVariable String area, @PathVariable long id, RedirectAttributes redirect) {
    Area in = areas.require(area);
    try {
      HistoricalCohorts.Cohort deleted = cohorts.delete(in, id);
      redirect.addFlashAttribute(
          "saved",
          words.say(
              "outcomes.saved.cohortDeleted",
              deleted.title(),
              String.valueOf(deleted.cases()),
              deleted.cases()));
    } catch (NotFoundException e) {
      // Pressed twice, or deleted by someone else meanwhile: say so rather than a missing page.
      redirect.addFlashAttribute("notice", e.getMessage());
    }
    return "redirect:" + address(in.code());
  }

  private boolean manager() {
    return currentUsers.current().has(Role.SERVICE_MANAGER);
  }
}
