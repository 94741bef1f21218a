package org.tandem.retention.internal;

import java.util.List;
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
import org.tandem.retention.Retention;
import org.tandem.retention.RetentionSchedule;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.NumberInput;
import org.tandem.web.VersionedForm;

/** A manager or the system administrator setting how long the service keeps a case. */
@Controller
class ScheduleController {

  private final Retention retention;
  private final MessageSource messages;

  ScheduleController(Retention retention, MessageSource messages) {
    this.messages = messages;
    this.retention = retention;
  }

  /** The schedule as typed: numbers kept as text so a mistake is shown back as entered. */
  public static class ScheduleForm extends VersionedForm {
    private String closedCaseYears;
    private String youngestChildAge;
    private String notTakenUpYears;

    static ScheduleForm of(RetentionSchedule s) {
      ScheduleForm f = new ScheduleForm();
      f.closedCaseYears = String.valueOf(s.closedCaseYears());
      f.youngestChildAge = String.valueOf(s.youngestChildAge());
      f.notTakenUpYears = String.valueOf(s.notTakenUpYears());
      f.setVersion(s.version());
      return f;
    }

    public String getClosedCaseYears() {
      return closedCaseYears;
    }

    public void setClosedCaseYears(String v) {
      this.closedCaseYears = v;
    }

    public String getYoungestChildAge() {
      return youngestChildAge;
    }

    public void setYoungestChildAge(String v) {
      this.youngestChildAge = v;
    }

    public String getNotTakenUpYears() {
      return notTakenUpYears;
    }

    public void setNotTakenUpYears(String v) {
      this.notTakenUpYears = v;
    }
  }

  @GetMapping("/retention/schedule")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String form(Model model) {
    return show(ScheduleForm.of(retention.schedule()), model);
  }

  @PostMapping("/retention/schedule")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String save(
      @ModelAttribute("schedule") ScheduleForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .typed("closedCaseYears", notWhole(form.getClosedCaseYears()))
            .typed("youngestChildAge", notWhole(form.getYoungestChildAge()))
            .typed("notTakenUpYears", notWhole(form.getNotTakenUpYears()))
            .checkedBy(List::of);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          retention.setSchedule(
              new RetentionSchedule(
                  NumberInput.whole(form.getClosedCaseYears()),
                  NumberInput.whole(form.getYoungestChildAge()),
                  NumberInput.whole(form.getNotTakenUpYears()),
                  form.versionRead()));
          redirect.addFlashAttribute("saved", say("retention.saved.schedule"));
          return "redirect:/retention/schedule";
        },
        () -> show(form, model));
  }

  private String show(ScheduleForm form, Model model) {
    model.addAttribute("schedule", form);
    model.addAttribute("defaults", RetentionSchedule.DEFAULTS);
    return "retention/schedule";
  }

  private String notWhole(String typed) {
    return NumberInput.whole(typed) == null ? say("retention.problem.whole") : null;
  }

  private String say(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
