package org.tandem.referral.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Accounts;
import org.tandem.access.CaseRef;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.referral.Allocation;
import org.tandem.referral.Referrals;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** A service manager allocates the case's perpetrator worker and partner-support worker. */
@Controller
class AllocationController {

  private final Referrals referrals;
  private final Accounts accounts;
  private final ReferralWords words;

  AllocationController(Referrals referrals, Accounts accounts, ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.accounts = accounts;
  }

  @GetMapping("/cases/{reference}/allocation")
  @PreAuthorize(Roles.MANAGER)
  String form(@PathVariable String reference, Model model) {
    CaseRef ref = referrals.open(reference);
    Allocation current = referrals.allocation(ref);
    AllocationForm form = new AllocationForm();
    form.setPerpetratorWorkerId(current.perpetratorWorkerId());
    form.setPartnerSupportWorkerId(current.partnerSupportWorkerId());
    return show(ref, form, model);
  }

  @PostMapping("/cases/{reference}/allocation")
  @PreAuthorize(Roles.MANAGER)
  String allocate(
      @PathVariable String reference,
      @ModelAttribute("allocation") AllocationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    CaseRef ref = referrals.open(reference);
    if (errors.hasErrors()) {
      // Only a tampered choice fails to bind; say so in the service's words, not Spring's.
      BindingResult mended = new BeanPropertyBindingResult(form, "allocation");
      String choose = words.say("referral.problem.chooseAWorkerFromTheList");
      errors.getFieldErrors().forEach(e -> mended.rejectValue(e.getField(), "invalid", choose));
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "allocation", mended);
    }
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          referrals.allocate(
              ref.reference(), form.getPerpetratorWorkerId(), form.getPartnerSupportWorkerId());
          redirect.addFlashAttribute("saved", words.say("referral.saved.workersAllocated"));
          return "redirect:/cases/" + ref.reference() + "/allocation";
        },
        () -> show(ref, form, model));
  }

  private String show(CaseRef ref, AllocationForm form, Model model) {
    model.addAttribute("reference", ref.reference());
    model.addAttribute("allocation", form);
    model.addAttribute(
        "perpetratorWorkers", accounts.workers(ref.areaId(), Role.PERPETRATOR_WORKER));
    model.addAttribute(
        "partnerSupportWorkers", accounts.workers(ref.areaId(), Role.PARTNER_SUPPORT_WORKER));
    return "referral/allocation";
  }

  /** The allocation page's form: a worker's id, or none for "not allocated". */
  public static class AllocationForm {
    private Long perpetratorWorkerId;
    private Long partnerSupportWorkerId;

    public Long getPerpetratorWorkerId() {
      return perpetratorWorkerId;
    }

    public void setPerpetratorWorkerId(Long perpetratorWorkerId) {
      this.perpetratorWorkerId = perpetratorWorkerId;
    }

    public Long getPartnerSupportWorkerId() {
      return partnerSupportWorkerId;
    }

    public void setPartnerSupportWorkerId(Long partnerSupportWorkerId) {
      this.partnerSupportWorkerId = partnerSupportWorkerId;
    }
  }
}
