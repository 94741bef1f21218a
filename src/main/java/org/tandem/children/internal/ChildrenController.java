package org.tandem.children.internal;

import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.children.ChildSessionKind;
import org.tandem.children.ChildWords;
import org.tandem.children.ChildWork;
import org.tandem.children.ChildrensWork;
import org.tandem.children.LadderStage;
import org.tandem.children.NewChildSession;
import org.tandem.children.NewLadderReading;
import org.tandem.children.NewStatusChange;
import org.tandem.children.internal.ChildrenForms.LadderForm;
import org.tandem.children.internal.ChildrenForms.SessionForm;
import org.tandem.children.internal.ChildrenForms.StatusForm;
import org.tandem.referral.ProtectionStatus;
import org.tandem.web.DateInput;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.NumberInput;

/**
 * The children's-work pages: every child on a case, and the forms that record a change of
 * protection status, a session and a safety-ladder reading.
 */
@Controller
class ChildrenController {

  private static final int SESSIONS_PER_PAGE = 20;

  /** A form page about one child: its template, the form's name, and the choices it offers. */
  private record FormPage(String view, String form, String choices, Object[] values) {}

  private static final FormPage STATUS =
      new FormPage("children/status", "change", "statuses", ProtectionStatus.values());
  private static final FormPage SESSION =
      new FormPage("children/session", "childSession", "kinds", ChildSessionKind.values());
  private static final FormPage LADDER =
      new FormPage("children/ladder", "reading", "stages", LadderStage.values());

  private final ChildrensWork work;
  private final ServiceClock clock;
  private final ChildWords words;

  ChildrenController(ChildrensWork work, ServiceClock clock, ChildWords words) {
    this.work = work;
    this.clock = clock;
    this.words = words;
  }

  @GetMapping("/cases/{reference}/children")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String children(@PathVariable String reference, Model model) {
    model.addAttribute("work", work.overview(reference));
    return "children/children";
  }

  @GetMapping("/cases/{reference}/children/{childId}/sessions")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String sessions(
      @PathVariable String reference,
      @PathVariable long childId,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    model.addAttribute(
        "sessions", work.sessions(reference, childId, Math.max(1, page) - 1, SESSIONS_PER_PAGE));
    return "children/sessions";
  }

  // --- protection status ---

  @GetMapping("/cases/{reference}/children/{childId}/protection-status/new")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String statusForm(@PathVariable String reference, @PathVariable long childId, Model model) {
    ChildWork child = work.child(reference, childId);
    StatusForm form = new StatusForm();
    form.setVersion(child.version());
    form.setChangedOn(DateInput.of(today()));
    return show(STATUS, reference, child, form, model);
  }

  @PostMapping("/cases/{reference}/children/{childId}/protection-status")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String changeStatus(
      @PathVariable String reference,
      @PathVariable long childId,
      @ModelAttribute("change") StatusForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .date("changedOn", form.getChangedOn(), words.say("children.problem.what.changedOn"));
    return FormFlow.submit(
        problems,
        () -> {
          ChildWork child =
              work.changeProtectionStatus(
                  reference,
                  childId,
                  new NewStatusChange(
                      form.getStatus(), form.getChangedOn().toDate(), form.versionRead()));
          return saved(redirect, "children.saved.status", child, reference);
        },
        () -> {
          form.setVersion(work.child(reference, childId).version());
          errors.rejectValue(
              "status", "conflict", words.say("children.problem.status.conflictOnPage"));
        },
        () -> show(STATUS, reference, work.child(reference, childId), form, model));
  }

  // --- a session ---

  @GetMapping("/cases/{reference}/children/{childId}/sessions/new")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String sessionForm(@PathVariable String reference, @PathVariable long childId, Model model) {
    SessionForm form = new SessionForm();
    form.setHeldOn(DateInput.of(today()));
    return show(SESSION, reference, work.child(reference, childId), form, model);
  }

  @PostMapping("/cases/{reference}/children/{childId}/sessions")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String recordSession(
      @PathVariable String reference,
      @PathVariable long childId,
      @ModelAttribute("childSession") SessionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .date("heldOn", form.getHeldOn(), words.say("children.problem.what.heldOn"))
            .number(
                "durationMinutes",
                form.getDurationMinutes(),
                words.say("children.problem.session.minutesWhole"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          ChildWork child =
              work.recordSession(
                  reference,
                  childId,
                  new NewChildSession(
                      form.getHeldOn().toDate(),
                      NumberInput.whole(form.getDurationMinutes()),
                      form.getKind(),
                      form.getWellbeingNotes()));
          return saved(redirect, "children.saved.session", child, reference);
        },
        () -> show(SESSION, reference, work.child(reference, childId), form, model));
  }

  // --- a safety-ladder reading ---

  @GetMapping("/cases/{reference}/children/{childId}/safety-ladder/new")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String ladderForm(@PathVariable String reference, @PathVariable long childId, Model model) {
    ChildWork child = work.child(reference, childId);
    LadderForm form = new LadderForm();
    form.setTakenOn(DateInput.of(today()));
    form.setStage(child.ladder().before() == null ? LadderStage.BEFORE : null);
    return show(LADDER, reference, child, form, model);
  }

  @PostMapping("/cases/{reference}/children/{childId}/safety-ladder")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String recordReading(
      @PathVariable String reference,
      @PathVariable long childId,
      @ModelAttribute("reading") LadderForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .date("takenOn", form.getTakenOn(), words.say("children.problem.what.takenOn"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          ChildWork child =
              work.recordLadderReading(
                  reference,
                  childId,
                  new NewLadderReading(
                      form.getStage(),
                      form.getTakenOn().toDate(),
                      NumberInput.whole(form.getRating())));
          return saved(redirect, "children.saved.ladder", child, reference);
        },
        () -> show(LADDER, reference, work.child(reference, childId), form, model));
  }

  // --- shared ---

  private LocalDate today() {
    return clock.today();
  }

  private String show(FormPage page, String reference, ChildWork child, Object form, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("child", child);
    model.addAttribute("childLabel", words.label(child));
    model.addAttribute(page.form(), form);
    model.addAttribute(page.choices(), page.values());
    return page.view();
  }

  private String saved(
      RedirectAttributes redirect, String what, ChildWork child, String reference) {
    redirect.addFlashAttribute("saved", words.saved(what, child));
    return "redirect:/cases/" + reference + "/children#child-" + child.id();
  }
}
