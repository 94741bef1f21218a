package org.tandem.assessment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tandem.web.InRange;

/**
 * His history and the dynamic factors, as the worker records them. Dynamic factors are rated 1
 * (none) to 5 (high): for empathy and motivation, high is good; for the others, high is concerning.
 */
public record AssessmentHistory(
    PoliceEvidence policeEvidence,
    @Min(value = 0, message = "{assessment.problem.theNumberOfIncidentsMustBe}")
        @Max(value = 999, message = "{assessment.problem.theNumberOfIncidentsMustBeX}")
        Integer policeIncidents,
    DisclosedViolence disclosedViolence,
    @Size(max = 4000, message = "{assessment.problem.otherViolenceMustBe4000}")
        String otherViolence,
    @Size(max = 4000, message = "{assessment.problem.alcoholAndDrugsMustBe4}")
        String alcoholAndDrugs,
    @Size(max = 4000, message = "{assessment.problem.theChildrensExposureMustBe4}")
        String childrenExposure,
    @Size(max = 4000, message = "{assessment.problem.theStaticRiskMarkersMustBe}")
        String staticRiskMarkers,
    @InRange(from = 1, to = 5, message = "{assessment.problem.rateDenialFrom1To5}") Integer denial,
    @InRange(from = 1, to = 5, message = "{assessment.problem.rateMinimisationFrom1To5}")
        Integer minimisation,
    @InRange(from = 1, to = 5, message = "{assessment.problem.rateBlameFrom1To5}") Integer blame,
    @InRange(from = 1, to = 5, message = "{assessment.problem.rateHostilityFrom1To5}")
        Integer hostility,
    @InRange(from = 1, to = 5, message = "{assessment.problem.rateEmpathyFrom1To5}")
        Integer empathy,
    @InRange(from = 1, to = 5, message = "{assessment.problem.rateMotivationFrom1To5}")
        Integer motivation,
    @NotNull(message = "{assessment.problem.theAssessmentVersionIsMissingReload}")
        Integer version) {

  // Named for the field so that the problem shows beside it.
  @AssertTrue(message = "{assessment.problem.enterTheNumberOfIncidentsEvidenced}")
  boolean isPoliceIncidents() {
    return policeEvidence == null
        || policeEvidence == PoliceEvidence.UNCLEAR
        || policeIncidents != null;
  }
}
