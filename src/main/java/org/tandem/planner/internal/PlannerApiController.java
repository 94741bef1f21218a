package org.tandem.planner.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.access.Roles;
import org.tandem.planner.Plan;
import org.tandem.planner.PlannerForm;
import org.tandem.planner.PlannerInputs;
import org.tandem.web.InvalidRequestException;

/** The planner through the API: the same inputs as the page's query string, the same results. */
@RestController
@Tag(name = "Commissioning planner")
@SecurityRequirement(name = "bearer")
class PlannerApiController {

  private final PlannerWork work;

  PlannerApiController(PlannerWork work) {
    this.work = work;
  }

  /** The plan, the inputs it was worked out from (defaults filled in) and any forecast. */
  record Answer(PlannerInputs inputs, Plan plan, ForecastAgainstActual forecastAgainstActual) {}

  @GetMapping("/api/v1/planner")
  @PreAuthorize(Roles.REPORT_READERS)
  @Operation(
      summary = "Work out a plan for an area or a group of areas",
      description =
          "Areas as areas[0].name, areas[0].population, areas[0].adultWomen (women 16+) and"
              + " optionally areas[0].tandemArea (a Tandem area code you cover, for the forecast"
              + " against actual), then areas[1]…; every assumption is optional and takes its"
              + " published default: prevalencePercent (6), nationalPopulation (59600000), the"
              + " national costs in £ million (costCriminalJusticeMillions …), populationPerHundredReferrals"
              + " (175000), referralsPerWorker (100), programmeSharePercent (50), menPerGroupPerYear (25),"
              + " groupSize (12), partnersPerReferral (1), partnerContactPercent (80),"
              + " partnerTakeUpPercent (60), idvasPerHundredThousandWomen (4),"
              + " maracsPerHundredThousandWomen (1), budget[0]…budget[13] in £, overheadPercent (10),"
              + " savingPerMan, savingPerPartner, savingPerChild, childrenPerMan (1). A bad value is"
              + " 400 naming its field.")
  Answer plan(@ParameterObject @ModelAttribute PlannerForm form) {
    PlannerWork.Worked worked = work.work(form);
    if (!worked.valid()) {
      throw new InvalidRequestException(worked.problems());
    }
    return new Answer(worked.inputs(), worked.plan(), worked.forecast());
  }
}
