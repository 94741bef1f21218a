package org.tandem.clocks.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.clocks.AttemptMethod;
import org.tandem.clocks.AttemptsWithHim;
import org.tandem.clocks.NewAttemptWithHim;
import org.tandem.referral.Referrals;
import org.tandem.web.DateInput;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** Recording an attempt to reach him, from his case page. */
@Controller
class AttemptController {

  private final AttemptsWithHim attempts;
  private final Referrals referrals;
  private final MessageSource messages;

  AttemptController(AttemptsWithHim attempts, Referrals referrals, MessageSource messages) {
    this.attempts = attempts;
    this.referrals = referrals;
    this.messages = messages;
  }

  /** The attempt as typed, kept so a mistake is shown back as it was entered. */
  public static class AttemptForm {
    private AttemptMethod method;
    private DateInput attemptedOn = new DateInput();
    private String attemptedAt;
    private String reached;

    public AttemptMethod getMethod() {
      return method;
    }

    public void setMethod(AttemptMethod method) {
      this.method = method;
    }

    public DateInput getAttemptedOn() {
      return attemptedOn;
    }

    public void setAttemptedOn(DateInput attemptedOn) {
      this.attemptedOn = attemptedOn;
    }

    public String getAttemptedAt() {
      return attemptedAt;
    }

    public void setAttemptedAt(String attemptedAt) {
      this.attemptedAt = attemptedAt;
    }

    public String getReached() {
      return reached;
    }

    public void setReached(String reached) {
      this.reached = reached;
    }
  }

  @GetMapping("/cases/{reference}/contact-attempts/new")
  @PreAuthorize(ClockRoles.ATTEMPTERS)
  String form(@PathVariable String reference, Model model) {
    return show(reference, new AttemptForm(), model);
  }

  @PostMapping("/cases/{reference}/contact-attempts")
  @PreAuthorize(ClockRoles.ATTEMPTERS)
  String record(
      @PathVariable String reference,
      @ModelAttribute("attempt") AttemptForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    LocalTime at = time(form.getAttemptedAt());
    boolean timeUnreadable =
        at == null && form.getAttemptedAt() != null && !form.getAttemptedAt().isBlank();
    FormProblems problems =
        new FormProblems(errors)
            .date(
                "attemptedOn",
                form.getAttemptedOn(),
                messages.getMessage("clocks.problem.what.date", null, locale))
            .typed(
                "attemptedAt",
                timeUnreadable
                    ? messages.getMessage("clocks.problem.timeUnreadable", null, locale)
                    : null);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          attempts.record(
              reference,
              new NewAttemptWithHim(
                  form.getMethod(),
                  form.getAttemptedOn().toDate(),
                  at,
                  form.getReached() == null ? null : "YES".equals(form.getReached())));
          redirect.addFlashAttribute(
              "saved", messages.getMessage("clocks.saved.attempt", null, locale));
          return "redirect:/cases/" + reference + "#clocks";
        },
        () -> show(reference, form, model));
  }

  private String show(String reference, AttemptForm form, Model model) {
    model.addAttribute("case", referrals.open(reference));
    model.addAttribute("attempt", form);
    model.addAttribute("methods", AttemptMethod.values());
    model.addAttribute("answers", new String[] {"YES", "NO"});
    return "clocks/attempt";
  }

  private static LocalTime time(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return LocalTime.parse(typed.strip().replace('.', ':'), DateTimeFormatter.ofPattern("H:mm"));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
