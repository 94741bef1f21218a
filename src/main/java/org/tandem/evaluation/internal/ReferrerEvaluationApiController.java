package org.tandem.evaluation.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
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
import org.tandem.evaluation.NewReferrerEvaluation;
import org.tandem.evaluation.ReferrerEvaluation;
import org.tandem.evaluation.ReferrerEvaluations;

/** Referrers' evaluations of a case through the API: intake and service managers only. */
@RestController
@RequestMapping("/api/v1/cases/{reference}/referrer-evaluations")
@Tag(name = "Evaluations")
@SecurityRequirement(name = "bearer")
class ReferrerEvaluationApiController {

  private final ReferrerEvaluations evaluations;

  ReferrerEvaluationApiController(ReferrerEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  @Operation(
      summary = "The referrer's evaluations of the case, most recently received first",
      description = "403 for every role but intake and managers; 404 outside the caller's areas.")
  List<ReferrerEvaluation> list(@PathVariable String reference) {
    return evaluations.forCase(reference);
  }

  @PostMapping
  @PreAuthorize(Roles.INTAKE_OR_MANAGER)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Record an evaluation the referrer returned",
      description =
          "receivedOn (today or earlier); assessmentUsefulness and reportUsefulness 1 (not at all"
              + " useful) to 5 (very useful); herSafety and childrensSafety after the work, 1"
              + " (much less safe) to 5 (much safer); optional comments. Insert-only.")
  Map<String, Long> record(
      @PathVariable String reference, @RequestBody NewReferrerEvaluation evaluation) {
    return Map.of("id", evaluations.record(reference, evaluation));
  }
}
