package org.tandem.evaluation.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.evaluation.NewReferrerEvaluation;
import org.tandem.evaluation.ReferrerEvaluation;
import org.tandem.evaluation.ReferrerEvaluations;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

/** Referrers' evaluations of a case through the API: intake and service managers only. */
@ApiController(path = "/api/v1/cases/{reference}/referrer-evaluations", tag = "Evaluations")
@PreAuthorize(Roles.INTAKE_OR_MANAGER)
class ReferrerEvaluationApiController {

  private final ReferrerEvaluations evaluations;

  ReferrerEvaluationApiController(ReferrerEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @GetMapping
  @Operation(
      summary = "The referrer's evaluations of the case, most recently received first",
      description = "403 for every role but intake and managers; 404 outside the caller's areas.")
  List<ReferrerEvaluation> list(@PathVariable String reference) {
    return evaluations.forCase(reference);
  }

  @PostCreates
  @Operation(
      summary = "Record an evaluation the referrer returned",
      description =
          "receivedOn (today or earlier); assessmentUsefulness and reportUsefulness 1 (not at all"
              + " useful) to 5 (very useful); herSafety and childrensSafety after the work, 1"
              + " (much less safe) to 5 (much safer); optional comments. Insert-only.")
  ResponseEntity<Created> record(
      @PathVariable String reference, @RequestBody NewReferrerEvaluation evaluation) {
    long id = evaluations.record(reference, evaluation);
    return Created.id(id, "/api/v1/cases/{reference}/referrer-evaluations", reference);
  }
}
