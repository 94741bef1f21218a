package org.tandem.consent.internal;

import java.util.function.Supplier;
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
import org.tandem.consent.Consent;
import org.tandem.consent.Consents;
import org.tandem.consent.ShareTo;
import org.tandem.consent.WithdrawnHow;
import org.tandem.consent.internal.ConsentForms.ConsentForm;
import org.tandem.consent.internal.ConsentForms.WithdrawalForm;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * Recording a consent and its withdrawal: hers on her record (partner support and managers only,
 * behind the wall), his on his case.
 */
@Controller
class ConsentController {

  private static final String HERS = "/cases/{reference}/partners/{partnerId}/consents";
  private static final String HIS = "/cases/{reference}/consents";

  private final Consents consents;
  private final ConsentWords words;

  ConsentController(Consents consents, ConsentWords words) {
    this.words = words;
    this.consents = consents;
  }

  // --- hers ---

  @GetMapping(HERS + "/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String herForm(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    consents.hers(reference, partnerId);
    return showNew(new ConsentPlace(reference, partnerId), new ConsentForm(), model);
  }

  @PostMapping(HERS)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String recordHers(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("consent") ConsentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    ConsentPlace place = new ConsentPlace(reference, partnerId);
    return record(
        place,
        form,
        errors,
        model,
        redirect,
        () -> consents.recordHers(reference, partnerId, form.toConsent()));
  }

  @GetMapping(HERS + "/{id}/withdrawal")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String herWithdrawalForm(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @PathVariable long id,
      Model model) {
    Consent consent = consents.hersOne(reference, partnerId, id);
    return showWithdrawal(
        new ConsentPlace(reference, partnerId), consent, withdrawalOf(consent), model);
  }

  @PostMapping(HERS + "/{id}/withdrawal")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String withdrawHers(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @PathVariable long id,
      @ModelAttribute("withdrawal") WithdrawalForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return withdraw(
        new ConsentPlace(reference, partnerId),
        form,
        errors,
        model,
        redirect,
        () -> consents.withdrawHers(reference, partnerId, id, form.toWithdrawal()),
        () -> consents.hersOne(reference, partnerId, id));
  }

  // --- his ---

  @GetMapping(HIS + "/new")
  @PreAuthorize(Roles.CASE_WORKERS)
  String hisForm(@PathVariable String reference, Model model) {
    consents.his(reference);
    return showNew(new ConsentPlace(reference, null), new ConsentForm(), model);
  }

  @PostMapping(HIS)
  @PreAuthorize(Roles.CASE_WORKERS)
  String recordHis(
      @PathVariable String reference,
      @ModelAttribute("consent") ConsentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return record(
        new ConsentPlace(reference, null),
        form,
        errors,
        model,
        redirect,
        () -> consents.recordHis(reference, form.toConsent()));
  }

  @GetMapping(HIS + "/{id}/withdrawal")
  @PreAuthorize(Roles.CASE_WORKERS)
  String hisWithdrawalForm(@PathVariable String reference, @PathVariable long id, Model model) {
    Consent consent = consents.hisOne(reference, id);
    return showWithdrawal(new ConsentPlace(reference, null), consent, withdrawalOf(consent), model);
  }

  @PostMapping(HIS + "/{id}/withdrawal")
  @PreAuthorize(Roles.CASE_WORKERS)
  String withdrawHis(
      @PathVariable String reference,
      @PathVariable long id,
      @ModelAttribute("withdrawal") WithdrawalForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return withdraw(
        new ConsentPlace(reference, null),
        form,
        errors,
        model,
        redirect,
        () -> consents.withdrawHis(reference, id, form.toWithdrawal()),
        () -> consents.hisOne(reference, id));
  }

  // --- the flow, written once for both ---

  private String record(
      ConsentPlace place,
      ConsentForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      Runnable save) {
    FormProblems problems =
        new FormProblems(errors)
            .date("givenOn", form.getGivenOn(), words.say("consent.date.givenOn"))
            .date("expiresOn", form.getExpiresOn(), words.say("consent.date.expiresOn"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          save.run();
          redirect.addFlashAttribute("saved", words.say("consent.saved.consent"));
          return "redirect:" + place.base();
        },
        () -> showNew(place, form, model));
  }

  private String withdraw(
      ConsentPlace place,
      WithdrawalForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      Runnable save,
      Supplier<Consent> consent) {
    FormProblems problems =
        new FormProblems(errors)
            .date("withdrawnOn", form.getWithdrawnOn(), words.say("consent.date.withdrawnOn"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          save.run();
          redirect.addFlashAttribute("saved", words.say("consent.saved.withdrawal"));
          return "redirect:" + place.base();
        },
        () -> showWithdrawal(place, consent.get(), form, model));
  }

  private static WithdrawalForm withdrawalOf(Consent consent) {
    WithdrawalForm form = new WithdrawalForm();
    form.setVersion(consent.version());
    return form;
  }

  private static String showNew(ConsentPlace place, ConsentForm form, Model model) {
    model.addAttribute("place", place);
    model.addAttribute("consent", form);
    model.addAttribute("scopes", place.hers() ? ShareTo.hers() : ShareTo.his());
    return "consent/new";
  }

  private static String showWithdrawal(
      ConsentPlace place, Consent consent, WithdrawalForm form, Model model) {
    model.addAttribute("place", place);
    model.addAttribute("consent", consent);
    model.addAttribute("withdrawal", form);
    model.addAttribute("ways", WithdrawnHow.values());
    return "consent/withdraw";
  }
}
