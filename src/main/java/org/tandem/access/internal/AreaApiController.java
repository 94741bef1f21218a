package org.tandem.access.internal;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Area;
import org.tandem.access.Areas;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

@ApiController(path = "/api/v1/areas", tag = "Areas")
class AreaApiController {

  private final Areas areas;
  private final AreaCreation creation;

  AreaApiController(Areas areas, AreaCreation creation) {
    this.areas = areas;
    this.creation = creation;
  }

  @GetMapping
  @PreAuthorize(Roles.STAFF)
  @Operation(summary = "The commissioning areas the provider serves")
  List<Area> list() {
    return areas.all();
  }

  @PostCreates
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  @Operation(
      summary = "Add a commissioning area",
      description =
          "A code of 2 to 8 letters, used as the prefix of its case references, and a name.")
  ResponseEntity<Area> create(@RequestBody NewArea area) {
    Area created = creation.create(area);
    return Created.at("/api/v1/areas/{code}", created, created.code());
  }
}
