package org.tandem.consent.internal;

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
import org.tandem.consent.LawfulBasis;
import org.tandem.consent.ShareTo;
import org.tandem.consent.Sharings;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * Recording information shared out of the service from his case, with its lawful basis: refused
 * beside the basis when there is none or his consent does not stand for it.
 */
@Controller
class SharingOutController {

  private static final String BASE = "/cases/{reference}/sharings";

  private final Sharings sharings;
  private final ConsentWords words;

  SharingOutController(Sharings sharings, ConsentWords words) {
    this.words = words;
    this.sharings = sharings;
  }

  /** The form; kind, when given (from a report's page, say), is chosen already. */
  @GetMapping(BASE + "/new")
  @PreAuthorize(Roles.CASE_WORKERS)
  String form(
      @PathVariable String reference, @RequestParam(required = false) ShareTo kind, Model model) {
    sharings.list(reference);
    SharingForm form = new SharingForm();
    form.setKind(kind != null && ShareTo.his().contains(kind) ? kind : null);
    return show(reference, form, model);
  }

  @PostMapping(BASE)
  @PreAuthorize(Roles.CASE_WORKERS)
  String record(
      @PathVariable String reference,
      @ModelAttribute("sharing") SharingForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .date("sharedOn", form.getSharedOn(), words.say("consent.date.sharedOn"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          sharings.record(reference, form.toSharing());
          redirect.addFlashAttribute("saved", words.say("consent.saved.sharing"));
          return "redirect:/cases/" + reference;
        },
        () -> show(reference, form, model));
  }

  private static String show(String reference, SharingForm form, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("sharing", form);
    model.addAttribute("kinds", ShareTo.his());
    model.addAttribute("bases", LawfulBasis.values());
    return "consent/sharing";
  }
}
