package org.tandem.clocks.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.clocks.ClockTargets;
import org.tandem.clocks.Clocks;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.NumberInput;
import org.tandem.web.VersionedForm;

/** A manager setting the service's targets for its clocks. */
@Controller
class TargetsController {

  private final Clocks clocks;
  private final MessageSource messages;

  TargetsController(Clocks clocks, MessageSource messages) {
    this.clocks = clocks;
    this.messages = messages;
  }

  /** The targets as typed: numbers are kept as text so a mistake is shown back as entered. */
  public static class TargetsForm extends VersionedForm {
    private String hisFirstAttempt;
    private String hisAssessment;
    private String hisProgrammeStart;
    private String herFirstAttempt;
    private String herReached;

    static TargetsForm of(ClockTargets t) {
      TargetsForm f = new TargetsForm();
      f.hisFirstAttempt = String.valueOf(t.hisFirstAttempt());
      f.hisAssessment = String.valueOf(t.hisAssessment());
      f.hisProgrammeStart = String.valueOf(t.hisProgrammeStart());
      f.herFirstAttempt = String.valueOf(t.herFirstAttempt());
      f.herReached = String.valueOf(t.herReached());
      f.setVersion(t.version());
      return f;
    }

    public String getHisFirstAttempt() {
      return hisFirstAttempt;
    }

    public void setHisFirstAttempt(String v) {
      this.hisFirstAttempt = v;
    }

    public String getHisAssessment() {
      return hisAssessment;
    }

    public void setHisAssessment(String v) {
      this.hisAssessment = v;
    }

    public String getHisProgrammeStart() {
      return hisProgrammeStart;
    }

    public void setHisProgrammeStart(String v) {
      this.hisProgrammeStart = v;
    }

    public String getHerFirstAttempt() {
      return herFirstAttempt;
    }

    public void setHerFirstAttempt(String v) {
      this.herFirstAttempt = v;
    }

    public String getHerReached() {
      return herReached;
    }

    public void setHerReached(String v) {
      this.herReached = v;
    }
  }

  @GetMapping("/clocks/targets")
  @PreAuthorize(Roles.MANAGER)
  String form(Model model) {
    return show(TargetsForm.of(clocks.targets()), model);
  }

  @PostMapping("/clocks/targets")
  @PreAuthorize(Roles.MANAGER)
  String save(
      @ModelAttribute("targets") TargetsForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    FormProblems problems =
        new FormProblems(errors)
            .typed("hisFirstAttempt", notWhole(form.getHisFirstAttempt()))
            .typed("hisAssessment", notWhole(form.getHisAssessment()))
            .typed("hisProgrammeStart", notWhole(form.getHisProgrammeStart()))
            .typed("herFirstAttempt", notWhole(form.getHerFirstAttempt()))
            .typed("herReached", notWhole(form.getHerReached()))
            .checkedBy(List::of);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          clocks.setTargets(
              new ClockTargets(
                  days(form.getHisFirstAttempt()),
                  days(form.getHisAssessment()),
                  days(form.getHisProgrammeStart()),
                  days(form.getHerFirstAttempt()),
                  days(form.getHerReached()),
                  form.versionRead()));
          redirect.addFlashAttribute(
              "saved", messages.getMessage("clocks.saved.targets", null, locale));
          return "redirect:/clocks/targets";
        },
        () -> show(form, model));
  }

  private String show(TargetsForm form, Model model) {
    model.addAttribute("targets", form);
    model.addAttribute("defaults", ClockTargets.DEFAULTS);
    return "clocks/targets";
  }

  /** Every clock needs a target: blank, or not a whole number, is a problem beside the field. */
  private String notWhole(String typed) {
    return NumberInput.whole(typed) == null
        ? messages.getMessage("clocks.problem.targetWhole", null, LocaleContextHolder.getLocale())
        : null;
  }

  private static int days(String typed) {
    return NumberInput.whole(typed);
  }
}
