package org.tandem.outcomes.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Area;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.ImportProblem;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/** The outcomes pages: where reports start, the historical import and repeat victimisation. */
@Controller
class OutcomesController {

  private final ReportAreas areas;
  private final HistoricalImports imports;
  private final RepeatVictimisationFigures figures;
  private final Exclusions exclusions;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;

  OutcomesController(
      ReportAreas areas,
      HistoricalImports imports,
      RepeatVictimisationFigures figures,
      Exclusions exclusions,
      CurrentUsers currentUsers,
      ServiceClock clock) {
    this.areas = areas;
    this.imports = imports;
    this.figures = figures;
    this.exclusions = exclusions;
    this.currentUsers = currentUsers;
    this.clock = clock;
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

  // --- historical import ---

  @GetMapping("/outcomes/import")
  @PreAuthorize(Roles.MANAGER)
  String importForm(@RequestParam(required = false) String area, Model model) {
    return showImport(area, List.of(), null, model);
  }

  @PostMapping("/outcomes/import")
  @PreAuthorize(Roles.MANAGER)
  String importTable(
      @RequestParam(required = false) String area,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    if (area == null || area.isBlank()) {
      return showImport(area, List.of(), "Select the area the cases belong to", model);
    }
    Area into = areas.require(area);
    if (file == null || file.isEmpty()) {
      return showImport(area, List.of(), "Select a CSV file to upload", model);
    }
    try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      HistoricalImports.Imported done = imports.importTable(into, file.getOriginalFilename(), csv);
      redirect.addFlashAttribute(
          "saved", "Imported " + done.cases() + " historical cases into " + into.name());
      return "redirect:/outcomes/repeat-victimisation?area=" + into.code();
    } catch (HistoricalImportRejected e) {
      return showImport(area, e.problems(), null, model);
    } catch (IOException e) {
      return showImport(area, List.of(), "The file could not be read. Upload it again", model);
    }
  }

  private String showImport(
      String area, List<ImportProblem> problems, String fileProblem, Model model) {
    model.addAttribute("areas", areas.mine());
    model.addAttribute("selectedArea", area == null ? "" : area);
    model.addAttribute("problems", problems);
    model.addAttribute(
        "areaProblem",
        fileProblem != null && fileProblem.startsWith("Select the area") ? fileProblem : null);
    model.addAttribute(
        "fileProblem",
        fileProblem != null && !fileProblem.startsWith("Select the area")
            ? fileProblem
            : problems.isEmpty()
                ? null
                : "The file has "
                    + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems")
                    + ", so nothing was imported. Correct the file and upload it again");
    return "outcomes/import";
  }

  // --- repeat victimisation ---

  @GetMapping("/outcomes/repeat-victimisation")
  @PreAuthorize(Roles.MANAGER)
  String repeatVictimisation(@RequestParam String area, Model model) {
    model.addAttribute("figure", figures.forArea(areas.require(area), null));
    model.addAttribute("method", RepeatVictimisationJson.METHOD);
    return "outcomes/repeat-victimisation";
  }

  @GetMapping("/outcomes/repeat-victimisation/exclusions/new")
  @PreAuthorize(Roles.MANAGER)
  String exclusionForm(
      @RequestParam String area, @RequestParam("case") String caseCode, Model model) {
    return showExclusion(areas.require(area), caseCode, "", null, model);
  }

  @PostMapping("/outcomes/repeat-victimisation/exclusions")
  @PreAuthorize(Roles.MANAGER)
  String exclude(
      @RequestParam String area,
      @RequestParam("case") String caseCode,
      @RequestParam(defaultValue = "") String reason,
      Model model,
      RedirectAttributes redirect) {
    Area in = areas.require(area);
    try {
      exclusions.mark(in, caseCode, reason);
    } catch (InvalidRequestException e) {
      String problem =
          e.problems().stream().map(FieldProblem::message).findFirst().orElse("Check the reason");
      return showExclusion(in, caseCode, reason, problem, model);
    }
    redirect.addFlashAttribute("saved", caseCode + " is marked as no longer involved");
    return "redirect:/outcomes/repeat-victimisation?area=" + in.code();
  }

  @PostMapping("/outcomes/repeat-victimisation/withdrawals")
  @PreAuthorize(Roles.MANAGER)
  String withdraw(
      @RequestParam String area,
      @RequestParam("case") String caseCode,
      RedirectAttributes redirect) {
    Area in = areas.require(area);
    try {
      exclusions.withdraw(in, caseCode);
      redirect.addFlashAttribute("saved", "The mark on " + caseCode + " is withdrawn");
    } catch (InvalidRequestException e) {
      // Pressed twice, or withdrawn by someone else meanwhile: say so on the page.
      redirect.addFlashAttribute(
          "notice",
          e.problems().stream()
              .map(FieldProblem::message)
              .findFirst()
              .orElse("Nothing was withdrawn"));
    }
    return "redirect:/outcomes/repeat-victimisation?area=" + in.code();
  }

  private String showExclusion(
      Area area, String caseCode, String reason, String problem, Model model) {
    model.addAttribute("area", area);
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
