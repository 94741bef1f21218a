package org.tandem.programme.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.tandem.access.Roles;
import org.tandem.programme.NewNonAssociation;
import org.tandem.programme.NonAssociation;
import org.tandem.programme.NonAssociations;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.PostCreates;

/** The men a man must not share a group with, for other systems. */
@ApiController(path = "/api/v1", tag = "Group programme")
class NonAssociationApiController {

  private final NonAssociations nonAssociations;

  NonAssociationApiController(NonAssociations nonAssociations) {
    this.nonAssociations = nonAssociations;
  }

  /** The end of a non-association, at the version last read. */
  record EndRequest(@Schema(description = "the version last read") Integer version) {}

  @GetMapping("/cases/{reference}/non-associations")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(
      summary = "The men he must not share a group with",
      description =
          "Those that hold first, then those ended. Each binds both men, whichever case it was"
              + " recorded on. The other man's reference and the note are null when the caller"
              + " does not cover his area. 404 outside the caller's areas.")
  List<NonAssociation> list(@PathVariable String reference) {
    return nonAssociations.forCase(reference);
  }

  @PostCreates("/cases/{reference}/non-associations")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  @Operation(
      summary = "Record a man he must not share a group with",
      description =
          "Perpetrator workers and service managers only. The other man's case must be in an"
              + " area the caller covers; a note is required when the kind is OTHER. From then a"
              + " group where either holds a place is not offered to the other. 400 naming each"
              + " invalid field.")
  ResponseEntity<NonAssociation> record(
      @PathVariable String reference, @RequestBody NewNonAssociation given) {
    long id = nonAssociations.record(reference, given);
    NonAssociation made =
        nonAssociations.forCase(reference).stream()
            .filter(n -> n.id() == id)
            .findFirst()
            .orElseThrow();
    return Created.at("/api/v1/cases/{reference}/non-associations", made, reference);
  }

  @PostMapping("/cases/{reference}/non-associations/{id}/end")
  @PreAuthorize(GroupRoles.PROGRAMME_WORKERS)
  @Operation(
      summary = "End a non-association no longer needed",
      description =
          "It is kept, ended, in both men's history, and no longer keeps them apart. Send its"
              + " version; 409 if someone changed or ended it since.")
  NonAssociation end(
      @PathVariable String reference, @PathVariable long id, @RequestBody EndRequest end) {
    return nonAssociations.end(reference, id, end.version());
  }
}
