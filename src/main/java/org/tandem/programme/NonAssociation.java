package org.tandem.programme;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * A man his case says he must not share a group with, seen from his case: it binds both men,
 * whichever case it was recorded on. The other man's reference is given only to a user who may open
 * that case.
 */
public record NonAssociation(
    long id,
    @Schema(description = "the other man's case; null when the caller may not open it")
        String otherReference,
    NonAssociationKind kind,
    @Schema(description = "may name the other man, so null when his reference is") String note,
    String recordedBy,
    OffsetDateTime recordedAt,
    @Schema(description = "who ended it; null while it holds") String endedBy,
    @Schema(description = "when it was ended; null while it holds") OffsetDateTime endedAt,
    int version) {

  /** It still holds: a group with the other man in it is not offered to him. */
  public boolean live() {
    return endedAt == null;
  }
}
