package org.tandem.referral.internal;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.NewReferral;
import org.tandem.referral.OnlineReferrals;
import org.tandem.referral.OnlineReferrers;
import org.tandem.referral.PartnerRelationship;
import org.tandem.referral.ProtectionStatus;
import org.tandem.referral.SharingBasis;
import org.tandem.web.DateInput;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * The referral pages as a referrer from an outside agency fills them in: the same questions, rules
 * and sharing basis as intake's, but who referred is theirs (their agency, their name and email),
 * the area the one they were invited to, and no search for earlier cases, which would show them
 * other families: intake looks for the same man at triage. Once sent, the referral is theirs to
 * follow on "Your referrals", which never shows her details back.
 */
@Controller
@RequestMapping("/referrer/referrals/new")
class OnlineReferralController {

  private final OnlineReferrals referrals;
  private final ServiceClock clock;
  private final ReferralWords words;

  OnlineReferralController(OnlineReferrals referrals, ServiceClock clock, ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.clock = clock;
  }

  @GetMapping
  @PreAuthorize(Roles.REFERRER)
  String form(Model model) {
    ReferralForm form = new ReferralForm();
    form.setReferredOn(DateInput.of(clock.today()));
    form.getPartners().add(new ReferralForm.PartnerForm());
    return show(form, model);
  }

  @PostMapping
  @PreAuthorize(Roles.REFERRER)
  String submit(
      @ModelAttribute("referral") ReferralForm form,
      BindingResult errors,
      @RequestParam(name = "action", defaultValue = "save") String action,
      Model model,
      RedirectAttributes redirect) {
    if (action.equals("addPartner") && form.getPartners().size() < NewReferral.MOST_PARTNERS) {
      form.getPartners().add(new ReferralForm.PartnerForm());
      return show(form, model);
    }
    if (action.equals("addChild") && form.getChildren().size() < NewReferral.MOST_CHILDREN) {
      form.getChildren().add(new ReferralForm.ChildForm());
      return show(form, model);
    }
    fromTheReferrer(form);
    FormProblems problems = words.typedInto(form, new FormProblems(errors));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          String reference = referrals.refer(form.toNewReferral());
          redirect.addFlashAttribute("sent", reference);
          return "redirect:/referrer/referrals/" + reference;
        },
        () -> show(form, model));
  }

  /** Who referred is the signed-in referrer, whatever the request says. */
  private void fromTheReferrer(ReferralForm form) {
    OnlineReferrers.Referrer me = me();
    form.setAreaId(me.areaId());
    form.setReferralSource(me.source());
    form.setReferralSourceOther(me.sourceOther());
    form.setReferrerName(me.name());
    form.setReferrerOrganisation(me.organisation());
    form.setReferrerEmail(me.email());
  }

  private OnlineReferrers.Referrer me() {
    return referrals.me();
  }

  private String show(ReferralForm form, Model model) {
    model.addAttribute("referral", form);
    model.addAttribute("onlineReferrer", me());
    model.addAttribute("areas", List.of());
    model.addAttribute("relationships", PartnerRelationship.values());
    model.addAttribute("protectionStatuses", ProtectionStatus.values());
    model.addAttribute("sharingBases", SharingBasis.values());
    model.addAttribute("mostPartners", NewReferral.MOST_PARTNERS);
    model.addAttribute("mostChildren", NewReferral.MOST_CHILDREN);
    return "referral/new";
  }
}
