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
    @Min(value = 0, message = "The number of incidents must be 0 or more")
        @Max(value = 999, message = "The number of incidents must be 999 or fewer")
        Integer policeIncidents,
    DisclosedViolence disclosedViolence,
    @Size(max = 4000, message = "Other violence must be 4,000 characters or fewer")
        String otherViolence,
    @Size(max = 4000, message = "Alcohol and drugs must be 4,000 characters or fewer")
        String alcoholAndDrugs,
    @Size(max = 4000, message = "The children's exposure must be 4,000 characters or fewer")
        String childrenExposure,
    @Size(max = 4000, message = "The static risk markers must be 4,000 characters or fewer")
        String staticRiskMarkers,
    @InRange(from = 1, to = 5, message = "Rate denial from 1 to 5") Integer denial,
    @InRange(from = 1, to = 5, message = "Rate minimisation from 1 to 5") Integer minimisation,
    @InRange(from = 1, to = 5, message = "Rate blame from 1 to 5") Integer blame,
    @InRange(from = 1, to = 5, message = "Rate hostility from 1 to 5") Integer hostility,
    @InRange(from = 1, to = 5, message = "Rate empathy from 1 to 5") Integer empathy,
    @InRange(from = 1, to = 5, message = "Rate motivation from 1 to 5") Integer motivation,
    @NotNull(message = "The assessment version is missing: reload the page and try again")
        Integer version) {

  // Named for the field so that the problem shows beside it.
  @AssertTrue(message = "Enter the number of incidents evidenced")
  boolean isPoliceIncidents() {
    return policeEvidence == null
        || policeEvidence == PoliceEvidence.UNCLEAR
        || policeIncidents != null;
  }
}
