package org.tandem.assessment.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.assessment.AssessmentHistory;
import org.tandem.assessment.AssessmentRecord;
import org.tandem.assessment.AssessmentWords;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.DisclosedViolence;
import org.tandem.assessment.NewAssessmentSession;
import org.tandem.assessment.PoliceEvidence;
import org.tandem.assessment.Viability;
import org.tandem.assessment.ViabilityDecision;
import org.tandem.assessment.ViabilityReason;
import org.tandem.assessment.internal.AssessmentForms.DashForm;
import org.tandem.assessment.internal.AssessmentForms.HistoryForm;
import org.tandem.assessment.internal.AssessmentForms.SessionForm;
import org.tandem.assessment.internal.AssessmentForms.ViabilityForm;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.Referrals;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashIndicator;
import org.tandem.risk.DashIndicators;
import org.tandem.risk.DashScore;
import org.tandem.web.DateInput;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.NumberInput;
import org.tandem.web.Validation;

/** His assessment: the page that shows it, and a page for each part a worker records. */
@Controller
@RequestMapping("/cases/{reference}/assessment")
class AssessmentController {

  /** A dynamic factor: its field, its name, and which way is concerning. */
  public record Factor(String field, String label, boolean highIsGood) {
    public String hint() {
      return highIsGood
          ? "1 is none and 5 is high. For " + label.toLowerCase() + ", high is good."
          : "1 is none and 5 is high. For " + label.toLowerCase() + ", high is concerning.";
    }
  }

  static final List<Factor> FACTORS =
      List.of(
          new Factor("denial", "Denial", false),
          new Factor("minimisation", "Minimisation", false),
          new Factor("blame", "Blame", false),
          new Factor("hostility", "Hostility", false),
          new Factor("empathy", "Empathy", true),
          new Factor("motivation", "Motivation", true));

  static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5);

  private final Assessments assessments;
  private final Referrals referrals;
  private final DashIndicators indicators;
  private final Validation validation;
  private final ServiceClock clock;
  private final AssessmentWords words;

  AssessmentController(
      Assessments assessments,
      Referrals referrals,
      DashIndicators indicators,
      Validation validation,
      ServiceClock clock,
      AssessmentWords words) {
    this.words = words;
    this.assessments = assessments;
    this.referrals = referrals;
    this.indicators = indicators;
    this.validation = validation;
    this.clock = clock;
  }

  // --- the assessment as it stands ---

  @GetMapping
  @PreAuthorize(Roles.CASE_WORKERS)
  String view(@PathVariable String reference, Model model) {
    CaseDetail detail = referrals.detail(reference);
    AssessmentRecord assessment = assessments.find(reference).orElse(null);
    model.addAttribute("case", detail);
    model.addAttribute("assessment", assessment);
    model.addAttribute("factors", FACTORS);
    model.addAttribute(
        "tasks", AssessmentTasks.of(reference, assessment, assessments.reports(reference)));
    if (assessment != null) {
      List<Integer> yes = assessment.dashScore().yesIndicators();
      model.addAttribute(
          "yesIndicators",
          indicators.all().stream().filter(i -> yes.contains(i.number())).toList());
    }
    return "assessment/assessment";
  }

  // --- a session ---

  @GetMapping("/sessions/new")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  String sessionForm(@PathVariable String reference, Model model) {
    SessionForm form = new SessionForm();
    form.setHeldOn(DateInput.of(clock.today()));
    return showSession(referrals.detail(reference), form, model);
  }

  @PostMapping("/sessions")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  String addSession(
      @PathVariable String reference,
      @ModelAttribute("newSession") SessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    NewAssessmentSession session =
        new NewAssessmentSession(
            form.getHeldOn().toDate(),
            NumberInput.whole(form.getDurationMinutes()),
            form.isWithInterpreter());
    FormProblems problems =
        new FormProblems(errors)
            .date("heldOn", form.getHeldOn(), words.say("assessment.problem.what.heldOn"))
            .number(
                "durationMinutes",
                form.getDurationMinutes(),
                words.say("assessment.problem.session.minutesWhole"))
            .checkedBy(() -> validation.problems(session));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          assessments.addSession(reference, session);
          return saved(redirect, "assessment.saved.session", reference);
        },
        () -> showSession(referrals.detail(reference), form, model));
  }

  private String showSession(CaseDetail detail, SessionForm form, Model model) {
    model.addAttribute("case", detail);
    model.addAttribute("newSession", form);
    return "assessment/session";
  }

  // --- history and dynamic factors ---

  @GetMapping("/history")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  String historyForm(@PathVariable String reference, Model model) {
    CaseDetail detail = referrals.detail(reference);
    return showHistory(detail, HistoryForm.of(assessments.find(reference).orElse(null)), model);
  }

  @PostMapping("/history")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  String recordHistory(
      @PathVariable String reference,
      @ModelAttribute("history") HistoryForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    AssessmentHistory history = form.toHistory();
    FormProblems problems =
        new FormProblems(errors)
            .number(
                "policeIncidents",
                form.getPoliceIncidents(),
                words.say("assessment.problem.history.incidentsWhole"))
            .checkedBy(() -> validation.problems(history));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          assessments.recordHistory(reference, history);
          return saved(redirect, "assessment.saved.history", reference);
        },
        () -> showHistory(referrals.detail(reference), form, model));
  }

  private String showHistory(CaseDetail detail, HistoryForm form, Model model) {
    model.addAttribute("case", detail);
    model.addAttribute("history", form);
    model.addAttribute("evidenceOptions", PoliceEvidence.values());
    model.addAttribute("disclosedOptions", DisclosedViolence.values());
    model.addAttribute("factors", FACTORS);
    model.addAttribute("ratings", RATINGS);
    return "assessment/history";
  }

  // --- DASH ---

  @GetMapping("/dash")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  String dashForm(@PathVariable String reference, Model model) {
    CaseDetail detail = referrals.detail(reference);
    return showDash(detail, DashForm.of(assessments.find(reference).orElse(null)), model);
  }

  @PostMapping("/dash")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  String recordDash(
      @PathVariable String reference,
      @ModelAttribute("dash") DashForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          DashScore score =
              assessments.recordDash(
                  reference, form.given(), form.getJudgement(), form.getVersion());
          redirect.addFlashAttribute("dashSaved", score);
          return "redirect:/cases/" + reference + "/assessment";
        },
        () -> showDash(referrals.detail(reference), form, model));
  }

  private String showDash(CaseDetail detail, DashForm form, Model model) {
    List<DashIndicator> all = indicators.all();
    model.addAttribute("case", detail);
    model.addAttribute("dash", form);
    model.addAttribute("indicators", all);
    model.addAttribute("answers", DashAnswer.values());
    return "assessment/dash";
  }

  // --- the treatment-viability decision ---

  @GetMapping("/viability")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  String viabilityForm(@PathVariable String reference, Model model) {
    CaseDetail detail = referrals.detail(reference);
    return showViability(detail, ViabilityForm.of(assessments.find(reference).orElse(null)), model);
  }

  @PostMapping("/viability")
  @PreAuthorize(AssessmentRoles.ASSESSORS)
  String decide(
      @PathVariable String reference,
      @ModelAttribute("viability") ViabilityForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          assessments.decide(
              reference,
              new ViabilityDecision(
                  form.getViability(), form.getReason(), form.getNotes(), form.getVersion()));
          return saved(redirect, "assessment.saved.decision", reference);
        },
        () -> showViability(referrals.detail(reference), form, model));
  }

  private String showViability(CaseDetail detail, ViabilityForm form, Model model) {
    model.addAttribute("case", detail);
    model.addAttribute("viability", form);
    model.addAttribute("decisions", Viability.values());
    model.addAttribute("reasons", ViabilityReason.values());
    return "assessment/viability";
  }

  private String saved(RedirectAttributes redirect, String key, String reference) {
    redirect.addFlashAttribute("saved", words.say(key));
    return "redirect:/cases/" + reference + "/assessment";
  }
}
