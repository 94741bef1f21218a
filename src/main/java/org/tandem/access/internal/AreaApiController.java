package org.tandem.access.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.access.Area;
import org.tandem.access.Areas;
import org.tandem.access.Roles;

@RestController
@RequestMapping("/api/v1/areas")
@Tag(name = "Areas")
@SecurityRequirement(name = "bearer")
class AreaApiController {

  private final Areas areas;
  private final AreaCreation creation;

  AreaApiController(Areas areas, AreaCreation creation) {
    this.areas = areas;
    this.creation = creation;
  }

  @GetMapping
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  @Operation(summary = "The commissioning areas the provider serves")
  List<Area> list() {
    return areas.all();
  }

  @PostMapping
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  @Operation(
      summary = "Add a commissioning area",
      description =
          "A code of 2 to 8 letters, used as the prefix of its case references, and a name.")
  ResponseEntity<Area> create(@RequestBody NewArea area) {
    Area created = creation.create(area);
    return ResponseEntity.created(URI.create("/api/v1/areas/" + created.code())).body(created);
  }
}
