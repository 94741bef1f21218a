package org.tandem.partnersupport.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.partnersupport.PartnerLetters;
import org.tandem.partnersupport.internal.PartnerForms.TemplateForm;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** The service's own letter that goes with the information pack, which partner support edits. */
@Controller
class LetterTemplateController {

  private final PartnerLetters support;

  private final PartnerPageWords words;

  LetterTemplateController(PartnerLetters support, PartnerPageWords words) {
    this.support = support;
    this.words = words;
  }

  @GetMapping("/partner-support/letter")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String form(Model model) {
    PartnerLetters.LetterTemplate template = support.letterTemplate();
    TemplateForm form = new TemplateForm();
    form.setBody(template.body());
    form.setVersion(template.version());
    return show(template, form, model);
  }

  @PostMapping("/partner-support/letter")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String save(
      @ModelAttribute("template") TemplateForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          support.updateLetterTemplate(form.getBody(), form.versionRead());
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.letterTemplate"));
          return "redirect:/partner-support/letter";
        },
        () -> show(support.letterTemplate(), form, model));
  }

  private String show(PartnerLetters.LetterTemplate current, TemplateForm form, Model model) {
    model.addAttribute("current", current);
    model.addAttribute("template", form);
    return "partnersupport/letter-template";
  }
}
