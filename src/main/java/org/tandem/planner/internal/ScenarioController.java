package org.tandem.planner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.planner.PlannerForm;
import org.tandem.web.Downloads;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.PdfDocuments;

/**
 * Saved scenarios as pages: the list with a form to choose two, saving the planner's inputs under a
 * name, and two scenarios side by side with their PDF and spreadsheet. For commissioners and
 * service managers; scenarios hold no case data.
 */
@Controller
class ScenarioController {

  private static final int PAGE_SIZE = 20;

  private final Scenarios scenarios;
  private final PlannerWork planner;
  private final PdfDocuments pdf;
  private final MessageSource messages;
  private final PlannerInputsHtml inputs;
  private final PlannerMessages plannerMessages;

  ScenarioController(
      Scenarios scenarios,
      PlannerWork planner,
      PdfDocuments pdf,
      MessageSource messages,
      PlannerInputsHtml inputs,
      PlannerMessages plannerMessages) {
    this.plannerMessages = plannerMessages;
    this.scenarios = scenarios;
    this.planner = planner;
    this.pdf = pdf;
    this.messages = messages;
    this.inputs = inputs;
  }

  @GetMapping("/planner/scenarios")
  @PreAuthorize(Roles.REPORT_READERS)
  String list(@RequestParam(defaultValue = "1") int page, Model model) {
    model.addAttribute("compare", new CompareForm());
    return showList(page, model);
  }

  /**
   * A form of every planner input with a name, for saving a scenario without the planner page, and
   * filled from the address's query so that a link can carry inputs to it.
   */
  @GetMapping("/planner/scenarios/new")
  @PreAuthorize(Roles.REPORT_READERS)
  String newScenario(@ModelAttribute("form") ScenarioForm form, Model model) {
    form.fillDefaults();
    return showSave(model);
  }

  @PostMapping("/planner/scenarios")
  @PreAuthorize(Roles.REPORT_READERS)
  String save(
      @ModelAttribute("form") ScenarioForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    PlannerForm.Reading reading = form.read(LocaleContextHolder.getLocale());
    // The name is first on the page, so its problem comes first in the summary.
    List<FieldProblem> problems =
        new ArrayList<>(scenarios.nameProblems(form.getScenarioName(), "scenarioName"));
    problems.addAll(reading.problems());
    problems.addAll(scenarios.tandemAreaProblems(form, ""));
    return FormFlow.submit(
        new FormProblems(errors).found(problems),
        model,
        () -> {
          Scenario saved = scenarios.save(form.getScenarioName(), reading.inputs(), "scenarioName");
          redirect.addFlashAttribute("saved", saved.name());
          redirect.addFlashAttribute("savedId", saved.id());
          return "redirect:/planner/scenarios";
        },
        () -> showSave(model));
  }

  @GetMapping("/planner/compare")
  @PreAuthorize(Roles.REPORT_READERS)
  String compare(@ModelAttribute("compare") CompareForm form, BindingResult errors, Model model) {
    List<FieldProblem> problems = CompareChoice.problems(form.getA(), form.getB(), plannerMessages);
    if (!problems.isEmpty()) {
      problems.forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
      return showList(1, model);
    }
    ScenarioComparison comparison =
        scenarios.compare(CompareChoice.id(form.getA()), CompareChoice.id(form.getB()));
    model.addAttribute("comparison", comparison);
    return "planner/compare";
  }

  @GetMapping("/planner/compare.pdf")
  @PreAuthorize(Roles.REPORT_READERS)
  ResponseEntity<byte[]> comparisonPdf(@RequestParam long a, @RequestParam long b) {
    ScenarioComparison comparison = scenarios.compare(a, b);
    byte[] body = pdf.render("planner/compare-pdf", Map.of("comparison", comparison));
    return Downloads.attachment(body, MediaType.APPLICATION_PDF, fileName(a, b, "pdf"));
  }

  @GetMapping("/planner/compare.xlsx")
  @PreAuthorize(Roles.REPORT_READERS)
  ResponseEntity<byte[]> comparisonSpreadsheet(@RequestParam long a, @RequestParam long b) {
    ScenarioComparison comparison = scenarios.compare(a, b);
    return Downloads.attachment(
        ComparisonSpreadsheet.write(comparison, plannerMessages),
        Downloads.XLSX,
        fileName(a, b, "xlsx"));
  }

  private String showList(int page, Model model) {
    model.addAttribute("scenarios", scenarios.page(Math.max(1, page) - 1, PAGE_SIZE));
    model.addAttribute("choices", scenarios.choices());
    return "planner/scenarios";
  }

  private String showSave(Model model) {
    BindingResult form =
        (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form");
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute(
        "inputs",
        inputs.of(PlannerQuestions.of(form, messages, locale), planner.linkableAreas(), locale));
    return "planner/save";
  }

  static String fileName(long a, long b, String extension) {
    return "planner-comparison-" + a + "-" + b + "." + extension;
  }
}
