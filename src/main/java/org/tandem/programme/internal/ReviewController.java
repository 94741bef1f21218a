package org.tandem.programme.internal;

import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.ProgrammeReviewDue;
import org.tandem.programme.ProgrammeReviews;
import org.tandem.programme.ProgrammeWords;
import org.tandem.web.DateInput;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** Programme reviews due in the user's areas, and recording what each decided. */
@Controller
class ReviewController {

  private final ProgrammeReviews reviews;
  private final ServiceClock clock;
  private final ProgrammeWords words;

  ReviewController(ProgrammeReviews reviews, ServiceClock clock, ProgrammeWords words) {
    this.words = words;
    this.reviews = reviews;
    this.clock = clock;
  }

  @GetMapping("/programme/reviews")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String due(Model model) {
    model.addAttribute("reviews", reviews.due());
    return "programme/reviews";
  }

  @GetMapping("/programme/reviews/{id}")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String form(@PathVariable long id, Model model) {
    ProgrammeReviewDue review =
        find(id).orElseThrow(() -> words.notFound("programme.notFound.reviewDue"));
    ReviewForm form = new ReviewForm();
    form.setHeldOn(DateInput.of(clock.today()));
    form.setVersion(review.version());
    return show(review, form, model);
  }

  @PostMapping("/programme/reviews/{id}")
  @PreAuthorize(SessionRoles.FACILITATORS)
  String record(
      @PathVariable long id,
      @ModelAttribute("review") ReviewForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    // The service stops at its first problem: a missing decision is shown with the others.
    boolean noOutcome = form.getOutcome() == null || form.getOutcome().isBlank();
    FormProblems problems =
        new FormProblems(errors)
            .date("heldOn", form.getHeldOn(), words.say("programme.what.reviewDate"))
            .typed(
                "outcome",
                noOutcome ? words.say("programme.problem.enterWhatTheReviewDecided") : null);
    return FormFlow.submit(
        problems,
        model,
        () -> {
          reviews.record(id, form.getHeldOn().toDate(), form.getOutcome(), form.getVersion());
          redirect.addFlashAttribute("saved", words.say("programme.saved.reviewRecorded"));
          return "redirect:/programme/reviews";
        },
        () -> {
          Optional<ProgrammeReviewDue> review = find(id);
          if (review.isEmpty()) {
            model.addAttribute("conflict", true);
          }
          return show(review.orElse(null), form, model);
        });
  }

  private Optional<ProgrammeReviewDue> find(long id) {
    return reviews.due().stream().filter(r -> r.id() == id).findFirst();
  }

  private String show(ProgrammeReviewDue review, ReviewForm form, Model model) {
    model.addAttribute("due", review);
    model.addAttribute("review", form);
    return "programme/review";
  }
}
