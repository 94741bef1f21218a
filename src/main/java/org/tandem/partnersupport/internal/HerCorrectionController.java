package org.tandem.partnersupport.internal;

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
import org.tandem.partnersupport.HerCorrections;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * Correcting her details, behind the wall, partner-support workers and service managers only. The
 * original of each detail changed is kept, sealed, with who, when and why.
 */
@Controller
class HerCorrectionController {

  private static final String PAGE = HerRecordPages.BASE + "/correction";

  private final HerCorrections corrections;

  private final PartnerPageWords words;

  HerCorrectionController(HerCorrections corrections, PartnerPageWords words) {
    this.corrections = corrections;
    this.words = words;
  }

  @GetMapping(PAGE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String form(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    return show(
        reference,
        partnerId,
        HerCorrectionForm.of(corrections.details(reference, partnerId)),
        model);
  }

  @PostMapping(PAGE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String correct(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("correction") HerCorrectionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          corrections.correct(reference, partnerId, form.toCorrection());
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.corrected"));
          return HerRecordPages.redirect(reference, partnerId) + "#corrections";
        },
        () -> show(reference, partnerId, form, model));
  }

  private static String show(
      String reference, long partnerId, HerCorrectionForm form, Model model) {
    model.addAttribute("reference", reference);
    model.addAttribute("partnerId", partnerId);
    model.addAttribute("correction", form);
    return "partnersupport/correction";
  }
}
