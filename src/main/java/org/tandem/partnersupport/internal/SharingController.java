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
import org.tandem.partnersupport.PartnerRecord;
import org.tandem.partnersupport.PartnerSupport;
import org.tandem.partnersupport.SharedRiskItem;
import org.tandem.partnersupport.internal.PartnerForms.ShareForm;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** Risk information she agrees to share with the perpetrator worker. Behind the wall. */
@Controller
class SharingController {

  private static final String BASE = HerRecordPages.BASE;

  private final PartnerSupport support;

  private final PartnerPageWords words;

  SharingController(PartnerSupport support, PartnerPageWords words) {
    this.support = support;
    this.words = words;
  }

  // --- risk information she may share ---

  @GetMapping(BASE + "/share")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String shareForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    return showShare(support.record(reference, partnerId), new ShareForm(), model);
  }

  @PostMapping(BASE + "/share")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String share(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("share") ShareForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .typed("occurredOn", words.unreadableDate(form.getOccurredOn(), "date"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          support.shareRiskItem(
              reference,
              partnerId,
              new SharedRiskItem(form.getOccurredOn().toDate(), form.getSummary()));
          redirect.addFlashAttribute("saved", words.say("partnersupport.saved.shared"));
          return redirect(reference, partnerId);
        },
        () -> showShare(support.record(reference, partnerId), form, model));
  }

  private String showShare(PartnerRecord her, ShareForm form, Model model) {
    model.addAttribute("her", her);
    model.addAttribute("share", form);
    return "partnersupport/share";
  }

  private static String redirect(String reference, long partnerId) {
    return HerRecordPages.redirect(reference, partnerId);
  }
}
