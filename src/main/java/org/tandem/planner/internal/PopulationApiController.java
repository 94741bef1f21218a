package org.tandem.planner.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.AreaPopulation;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;

/** Areas' population figures through the API. */
@ApiController(tag = "Outcomes")
@PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
class PopulationApiController {

  private final PopulationRecording recording;

  PopulationApiController(PopulationRecording recording) {
    this.recording = recording;
  }

  @GetMapping("/api/v1/population")
  @Operation(
      summary = "The population figures of the areas you may record them for",
      description = "Each with the version of its figures, to send back when saving them.")
  List<AreaPopulation> list() {
    return recording.mine();
  }

  @PutMapping("/api/v1/population/{code}")
  @Operation(
      summary = "Record an area's population and adult women (women aged 16 and over)",
      description =
          "Body {population, adultWomen, source, version}: whole numbers from 1 (adult women no"
              + " more than the population), where they come from, and the version of the"
              + " area's figures as last read (in the list, or the answer to the last save)."
              + " Every save is audited with the figures it replaced. 409 if someone saved"
              + " figures for the area since that version; 400 naming each field that is wrong"
              + " or missing, version among them; 404 for an area you may not record figures"
              + " for.")
  AreaPopulation record(@PathVariable String code, @RequestBody PopulationForm figures) {
    return recording.record(code, figures);
  }
}
