package org.tandem.subjectaccess.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One subject access disclosure as recorded: for whom, on what request, prepared and (once
 * reviewed) released by whom, and what was released as section counts and a SHA-256.
 */
record Disclosure(
    long id,
    String reference,
    Subject subject,
    RequestedBy requestedBy,
    LocalDate receivedOn,
    String requester,
    String preparedBy,
    OffsetDateTime preparedAt,
    String releasedBy,
    OffsetDateTime releasedAt,
    String releasedSections,
    String releasedSha256,
    int version) {

  /** Who asked. */
  enum RequestedBy {
    SELF,
    /** A parent, for their child. */
    PARENT,
    /** Someone acting for the person, with their authority. */
    REPRESENTATIVE
  }

  public boolean released() {
    return releasedAt != null;
  }
}
