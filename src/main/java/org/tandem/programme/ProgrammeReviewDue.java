package org.tandem.programme;

import java.time.LocalDate;

/** A review of a man's progress still to be held. */
public record ProgrammeReviewDue(
    long id,
    long enrolmentId,
    String reference,
    String name,
    String groupName,
    String kind,
    String reason,
    LocalDate dueOn,
    boolean overdue,
    int version) {}
