package org.tandem.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A non-association to record on a man's case: the other man's case, why, and a note. */
public record NewNonAssociation(
    @Schema(description = "the other man's case reference, in an area the caller covers")
        @Size(max = 30, message = "{programme.problem.otherReferenceLike}")
        String otherReference,
    @Schema(description = "why they must not share a group") NonAssociationKind kind,
    @Schema(description = "what the worker knows of it; required when the kind is OTHER")
        @Size(max = 500, message = "{programme.problem.note500}")
        String note) {}
