package org.tandem.partnersupport.internal;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.partnersupport.EqualityMonitoring;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * Her equality monitoring answers, behind the wall: partner-support workers and service managers
 * only, as the rest of her record.
 */
@Controller
class EqualityController {

  private static final String PAGE = HerRecordPages.BASE + "/equality";

  private final EqualityMonitoring monitoring;
  private final MessageSource messages;

  EqualityController(EqualityMonitoring monitoring, MessageSource messages) {
    this.monitoring = monitoring;
    this.messages = messages;
  }

  @GetMapping(PAGE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String form(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    return show(
        reference, partnerId, EqualityForm.of(monitoring.answers(reference, partnerId)), model);
  }

  @PostMapping(PAGE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String record(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("equality") EqualityForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems = new FormProblems(errors);
    for (String field : form.unknownAnswers()) {
      problems.typed(field, text("equality.problem.choose"));
    }
    problems.checkedBy(List::of);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          monitoring.record(reference, partnerId, form.toAnswers());
          redirect.addFlashAttribute("saved", text("equality.saved"));
          return HerRecordPages.redirect(reference, partnerId) + "#equality";
        },
        () -> show(reference, partnerId, form, model));
  }

  private String show(String reference, long partnerId, EqualityForm form, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("partnerId", partnerId);
    model.addAttribute("equality", form);
    model.addAttribute("questions", EqualityForm.QUESTIONS);
    return "partnersupport/equality";
  }

  private String text(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
