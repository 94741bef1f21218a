package org.tandem.evaluation.internal;

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
import org.tandem.evaluation.ReferrerEvaluations;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * The referrer's evaluation of a case: the form and what has been recorded, for intake and
 * managers.
 */
@Controller
class ReferrerEvaluationController {

  private static final String PATH = "/cases/{reference}/referrer-evaluation";
  private static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5);

  private final ReferrerEvaluations evaluations;
  private final MessageSource messages;

  ReferrerEvaluationController(ReferrerEvaluations evaluations, MessageSource messages) {
    this.messages = messages;
    this.evaluations = evaluations;
  }

  @GetMapping(PATH)
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String form(@PathVariable String reference, Model model) {
    return show(reference, new ReferrerEvaluationForm(), model);
  }

  @PostMapping(PATH)
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String record(
      @PathVariable String reference,
      @ModelAttribute("evaluation") ReferrerEvaluationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .date("receivedOn", form.getReceivedOn(), say("evaluation.problem.what.receivedOn"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          evaluations.record(reference, form.command());
          redirect.addFlashAttribute("saved", say("evaluation.saved.referrer"));
          return "redirect:/cases/" + reference + "/referrer-evaluation";
        },
        () -> show(reference, form, model));
  }

  private String show(String reference, ReferrerEvaluationForm form, Model model) {
    model.addAttribute("evaluations", evaluations.forCase(reference));
    model.addAttribute("reference", reference);
    model.addAttribute("evaluation", form);
    model.addAttribute("ratings", RATINGS);
    return "evaluation/referrer";
  }

  /** Wording in the language of the request being answered. */
  private String say(String key) {
    return messages.getMessage(key, null, LocaleContextHolder.getLocale());
  }
}
