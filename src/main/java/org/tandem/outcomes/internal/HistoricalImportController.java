package org.tandem.outcomes.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Area;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.ImportProblem;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * The import page: a historical table goes into an area as a cohort of its own, named by its source
 * and the period it covers, and the manager lands on that cohort's figures.
 */
@Controller
class HistoricalImportController {

  /** What the manager typed, kept when the page comes back with problems. */
  record ImportForm(
      String area,
      String source,
      String fromMonth,
      String fromYear,
      String toMonth,
      String toYear) {

    static ImportForm empty(String area) {
      return new ImportForm(area == null ? "" : area, "", "", "", "", "");
    }
  }

  /**
   * A problem in the file as the page shows it, in the reader's language: in the table by row, case
   * and column, and in the error summary placed in the file.
   */
  record ShownProblem(int row, String caseCode, String column, String message, String described) {}

  private final ReportAreas areas;
  private final HistoricalImports imports;
  private final ServiceClock clock;
  private final OutcomesWords words;

  HistoricalImportController(
      ReportAreas areas, HistoricalImports imports, ServiceClock clock, OutcomesWords words) {
    this.areas = areas;
    this.imports = imports;
    this.clock = clock;
    this.words = words;
  }

  @GetMapping("/outcomes/import")
  @PreAuthorize(Roles.MANAGER)
  String importForm(@RequestParam(required = false) String area, Model model) {
    return show(ImportForm.empty(area), new LinkedHashMap<>(), List.of(), model);
  }

  @PostMapping("/outcomes/import")
  @PreAuthorize(Roles.MANAGER)
  String importTable(
      @ModelAttribute ImportForm form,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> problems = new LinkedHashMap<>();
    Area into = null;
    if (form.area() == null || form.area().isBlank()) {
      problems.put("area", words.say("outcomes.problem.selectArea"));
    } else {
      into = areas.require(form.area());
    }
    CohortSource source = null;
    try {
      source =
          CohortSource.fromPage(
              form.source(),
              file == null ? null : file.getOriginalFilename(),
              form.fromMonth(),
              form.fromYear(),
              form.toMonth(),
              form.toYear(),
              clock.today(),
              words);
    } catch (InvalidRequestException e) {
      for (FieldProblem p : e.problems()) {
        problems.putIfAbsent(p.field(), p.message());
      }
    }
    if (file == null || file.isEmpty()) {
      problems.put("file", words.say("outcomes.problem.selectFile"));
    }
    if (!problems.isEmpty()) {
      return show(form, problems, List.of(), model);
    }
    try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      HistoricalImports.Imported done = imports.importTable(into, source, csv);
      redirect.addFlashAttribute(
          "saved", words.say("outcomes.saved.imported", String.valueOf(done.cases()), into.name()));
      return "redirect:" + HistoricalCohortController.address(into.code(), done.importId());
    } catch (HistoricalImportRejected e) {
      problems.put(
          "file",
          words.say(
              "outcomes.problem.fileHasProblems",
              String.valueOf(e.problems().size()),
              e.problems().size()));
      return show(form, problems, e.problems(), model);
    } catch (IOException e) {
      problems.put("file", words.say("outcomes.problem.fileUnreadable"));
      return show(form, problems, List.of(), model);
    }
  }

  private String show(
      ImportForm form, Map<String, String> problems, List<ImportProblem> rows, Model model) {
    model.addAttribute("areas", areas.mine());
    model.addAttribute("form", form);
    model.addAttribute("fieldProblems", problems);
    model.addAttribute(
        "problems",
        rows.stream()
            .map(
                p ->
                    new ShownProblem(
                        p.row(), p.caseCode(), p.column(), words.message(p), words.described(p)))
            .toList());
    model.addAttribute("sourceMax", CohortSource.NAME_MAX);
    return "outcomes/import";
  }
}
