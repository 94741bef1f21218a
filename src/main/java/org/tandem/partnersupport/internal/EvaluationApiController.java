package org.tandem.partnersupport.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.access.Roles;
import org.tandem.partnersupport.HerEvaluations;
import org.tandem.partnersupport.NewHerEvaluation;
import org.tandem.partnersupport.WomenEvaluations;

/**
 * Her follow-up evaluations through the API, behind the wall: partner-support workers and service
 * managers only; every other role is refused (403) before anything is read.
 */
@RestController
@RequestMapping("/api/v1/cases/{reference}/partners/{partnerId}/evaluations")
@Tag(name = "Partner support")
@SecurityRequirement(name = "bearer")
class EvaluationApiController {

  private final WomenEvaluations evaluations;

  EvaluationApiController(WomenEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(
      summary = "Her follow-up evaluations",
      description =
          "The date she was first reached, her 3, 6 and 18-month schedule (due date, completed or"
              + " not, task done, overdue) and the evaluations recorded, newest first. 403 for every"
              + " perpetrator-facing role; 404 outside the caller's areas.")
  HerEvaluations list(@PathVariable String reference, @PathVariable long partnerId) {
    return evaluations.evaluations(reference, partnerId);
  }

  @PostMapping
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record a follow-up evaluation completed with her",
      description =
          "point THREE_MONTHS, SIX_MONTHS or EIGHTEEN_MONTHS, once each, dated on or after she was"
              + " first reached. violence, abusiveBehaviour, feelingSafe and qualityOfLife 1 (much"
              + " worse) to 5 (best); childrensSafety 1 to 5 or 0 when she has no children; the six"
              + " Mirabal measures 1 (much worse) to 5 (much better) or 0 when not asked. Completes"
              + " that point's task. Insert-only.")
  void record(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestBody NewHerEvaluation evaluation) {
    evaluations.record(reference, partnerId, evaluation);
  }
}
