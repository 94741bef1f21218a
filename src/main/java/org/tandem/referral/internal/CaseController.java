package org.tandem.referral.internal;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditTrail;
import org.tandem.access.Roles;
import org.tandem.referral.CaseDetail;
import org.tandem.referral.Corrections;
import org.tandem.referral.Referrals;
import org.tandem.referral.RepeatReferrals;
import org.tandem.referral.Triage;
import org.tandem.referral.TriageOutcome;
import org.tandem.web.DateInput;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Paging;
import org.tandem.web.VersionedForm;

/** The caseload, one case, its triage and its audit trail. */
@Controller
class CaseController {

  private static final int PAGE_SIZE = 25;
  private static final int AUDIT_PAGE_SIZE = 50;

  private final Referrals referrals;
  private final RepeatReferrals repeats;
  private final Corrections corrections;
  private final ReferralWords words;

  CaseController(
      Referrals referrals, RepeatReferrals repeats, Corrections corrections, ReferralWords words) {
    this.words = words;
    this.referrals = referrals;
    this.repeats = repeats;
    this.corrections = corrections;
  }

  @GetMapping("/cases")
  @PreAuthorize(Roles.CASE_WORKERS)
  String cases(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("cases", referrals.cases(q, page - 1, PAGE_SIZE));
    return "referral/cases";
  }

  @GetMapping("/waiting-list")
  @PreAuthorize(Roles.CASE_WORKERS)
  String waitingList(@RequestParam(defaultValue = "1") int page, Model model) {
    model.addAttribute("cases", referrals.waitingList(page - 1, PAGE_SIZE));
    return "referral/waiting-list";
  }

  @GetMapping("/cases/{reference}")
  @PreAuthorize(Roles.CASE_WORKERS)
  String view(@PathVariable String reference, Model model) {
    model.addAttribute("case", referrals.detail(reference));
    model.addAttribute("journey", referrals.journey(reference));
    model.addAttribute("sameMan", repeats.decisionFor(referrals.open(reference)).orElse(null));
    model.addAttribute("amendments", corrections.history(reference));
    return "referral/case";
  }

  @GetMapping("/cases/{reference}/triage")
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String triageForm(@PathVariable String reference, Model model) {
    CaseDetail detail = referrals.detail(reference);
    TriageForm form = new TriageForm();
    form.setVersion(detail.version());
    form.setOutcome(detail.triageOutcome());
    form.setReferredOnTo(detail.referredOnTo());
    form.setNotes(detail.triageNotes());
    form.setFirstAppointmentOn(DateInput.of(detail.firstAppointmentOn()));
    return showTriage(detail, form, model);
  }

  @PostMapping("/cases/{reference}/triage")
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  String triage(
      @PathVariable String reference,
      @ModelAttribute("triage") TriageForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    FormProblems problems =
        new FormProblems(errors)
            .date(
                "firstAppointmentOn",
                form.getFirstAppointmentOn(),
                words.say("referral.date.firstAppointmentOn"))
            // The date may be left out, so one that cannot be read stops the save, not the service.
            .checkedBy(List::of);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          referrals.triage(
              reference,
              new Triage(
                  form.getOutcome(),
                  form.getReferredOnTo(),
                  form.getNotes(),
                  form.getFirstAppointmentOn().toDate(),
                  form.getVersion()));
          redirect.addFlashAttribute("saved", words.say("referral.saved.triageRecorded"));
          return "redirect:/cases/" + reference;
        },
        () -> showTriage(referrals.detail(reference), form, model));
  }

  private String showTriage(CaseDetail detail, TriageForm form, Model model) {
    model.addAttribute("case", detail);
    model.addAttribute("triage", form);
    model.addAttribute("outcomes", TriageOutcome.values());
    return "referral/triage";
  }

  @GetMapping("/cases/{reference}/audit")
  @PreAuthorize(Roles.MANAGER)
  String audit(
      @PathVariable String reference,
      @RequestParam(defaultValue = "") String user,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    AuditTrail.Page entries =
        referrals.auditTrail(
            reference,
            new AuditTrail.Filter(user, action, from, to),
            Paging.numbered(page, AUDIT_PAGE_SIZE));
    model.addAttribute("reference", reference);
    model.addAttribute("entries", entries);
    model.addAttribute("users", referrals.auditedUsers(reference));
    model.addAttribute("actions", AuditLog.Action.values());
    model.addAttribute("user", user);
    model.addAttribute("action", action);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    // The next and previous pages keep the filter chosen.
    model.addAttribute(
        "pageAddress",
        UriComponentsBuilder.fromPath("/cases/{r}/audit")
                .queryParam("user", user)
                .queryParam("action", action)
                .queryParamIfPresent("from", java.util.Optional.ofNullable(from))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(to))
                .buildAndExpand(reference)
                .encode()
                .toUriString()
            + "&");
    return "referral/audit";
  }

  /** The triage page's form, holding what was typed. */
  public static class TriageForm extends VersionedForm {
    private TriageOutcome outcome;
    private String referredOnTo;
    private String notes;
    private DateInput firstAppointmentOn = new DateInput();

    public TriageOutcome getOutcome() {
      return outcome;
    }

    public void setOutcome(TriageOutcome outcome) {
      this.outcome = outcome;
    }

    public String getReferredOnTo() {
      return referredOnTo;
    }

    public void setReferredOnTo(String referredOnTo) {
      this.referredOnTo = referredOnTo;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }

    public DateInput getFirstAppointmentOn() {
      return firstAppointmentOn;
    }

    public void setFirstAppointmentOn(DateInput firstAppointmentOn) {
      this.firstAppointmentOn = firstAppointmentOn;
    }
  }
}
