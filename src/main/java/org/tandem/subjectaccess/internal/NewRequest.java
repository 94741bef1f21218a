package org.tandem.subjectaccess.internal;

import java.time.LocalDate;

/**
 * A subject access request as received: the case, whose data ({@code man}, {@code partner:ID} or
 * {@code child:ID}), who asked, when the request arrived and how the manager describes the
 * requester. Left out, who asked is the person themself and the request arrived today.
 */
record NewRequest(
    String reference,
    String subject,
    Disclosure.RequestedBy requestedBy,
    LocalDate receivedOn,
    String requester) {}
