package org.tandem.referrer.internal;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.tandem.calendar.ServiceClock;
import org.tandem.web.Downloads;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Paging;

/**
 * "Your referrals": a referrer's list, one referral, the reports released to them, and their
 * evaluation returned online.
 */
@Controller
class YourReferralsController {

  private static final String ONE = "/referrer/referrals/{reference}";
  private static final List<Integer> RATINGS = List.of(1, 2, 3, 4, 5);

  private final YourReferrals referrals;
  private final Referrers referrers;
  private final ServiceClock clock;

  YourReferralsController(YourReferrals referrals, Referrers referrers, ServiceClock clock) {
    this.referrals = referrals;
    this.referrers = referrers;
    this.clock = clock;
  }

  @GetMapping("/referrer/referrals")
  @PreAuthorize(Roles.REFERRER)
  String list(@RequestParam(defaultValue = "1") int page, Model model) {
    model.addAttribute("referrer", referrers.me());
    model.addAttribute("referrals", referrals.list(Paging.numbered(page, Paging.DEFAULT_SIZE)));
    return "referrer/referrals";
  }

  @GetMapping(ONE)
  @PreAuthorize(Roles.REFERRER)
  String one(@PathVariable String reference, Model model) {
    model.addAttribute("item", referrals.one(reference));
    return "referrer/referral";
  }

  @GetMapping(ONE + "/reports/{id}.pdf")
  @PreAuthorize(Roles.REFERRER)
  ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable long id) {
    ReferralListStore.File file = referrals.pdf(reference, id);
    return Downloads.attachment(file.pdf(), MediaType.APPLICATION_PDF, file.name());
  }

  @GetMapping(ONE + "/evaluation")
  @PreAuthorize(Roles.REFERRER)
  String evaluationForm(@PathVariable String reference, Model model) {
    return showEvaluation(reference, new EvaluationForm(), model);
  }

  @PostMapping(ONE + "/evaluation")
  @PreAuthorize(Roles.REFERRER)
  String returnEvaluation(
      @PathVariable String reference,
      @ModelAttribute("evaluation") EvaluationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          referrals.returnEvaluation(reference, form.command(clock.today()));
          redirect.addFlashAttribute("evaluationReturned", true);
          return "redirect:/referrer/referrals/" + reference;
        },
        () -> showEvaluation(reference, form, model));
  }

  private String showEvaluation(String reference, EvaluationForm form, Model model) {
    model.addAttribute("item", referrals.one(reference));
    model.addAttribute("evaluation", form);
    model.addAttribute("ratings", RATINGS);
    return "referrer/evaluation";
  }
}
