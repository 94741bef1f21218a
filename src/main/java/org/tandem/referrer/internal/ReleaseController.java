package org.tandem.referrer.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.consent.LawfulBasis;
import org.tandem.referrer.ReportReleases;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * "Release to the referrer", from a report's page: the perpetrator worker or a manager releases a
 * report to the referrer who made the referral online, on a lawful basis.
 */
@Controller
class ReleaseController {

  private static final String PATH = "/cases/{reference}/reports/{id}/release";

  /** Those who write the reports release them. */
  private static final String RELEASERS = "hasAnyRole('PERPETRATOR_WORKER','SERVICE_MANAGER')";

  private final ReportReleases releases;

  ReleaseController(ReportReleases releases) {
    this.releases = releases;
  }

  @GetMapping(PATH)
  @PreAuthorize(RELEASERS)
  String page(@PathVariable String reference, @PathVariable long id, Model model) {
    return show(reference, id, new ReleaseForm(), model);
  }

  @PostMapping(PATH)
  @PreAuthorize(RELEASERS)
  String release(
      @PathVariable String reference,
      @PathVariable long id,
      @ModelAttribute("release") ReleaseForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          releases.release(reference, id, form.getBasis(), form.getBasisReason());
          redirect.addFlashAttribute("released", true);
          return "redirect:/cases/" + reference + "/reports/" + id + "/release";
        },
        () -> show(reference, id, form, model));
  }

  private String show(String reference, long id, ReleaseForm form, Model model) {
    model.addAttribute("view", releases.view(reference, id));
    model.addAttribute("release", form);
    model.addAttribute("bases", LawfulBasis.values());
    return "referrer/release";
  }

  /** The lawful basis, as chosen. */
  public static class ReleaseForm {
    private LawfulBasis basis;
    private String basisReason;

    public LawfulBasis getBasis() {
      return basis;
    }

    public void setBasis(LawfulBasis basis) {
      this.basis = basis;
    }

    public String getBasisReason() {
      return basisReason;
    }

    public void setBasisReason(String basisReason) {
      this.basisReason = basisReason;
    }
  }
}
