package org.tandem.retention;

import java.time.OffsetDateTime;

/** A hold on a case that stops its anonymisation: placed with a reason, lifted with one. */
public record LegalHold(
    long id,
    String reason,
    String placedBy,
    OffsetDateTime placedAt,
    String liftedReason,
    String liftedBy,
    OffsetDateTime liftedAt) {

  public boolean inForce() {
    return liftedAt == null;
  }
}
