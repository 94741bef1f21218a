package org.tandem.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A man's place on the programme as his case shows it. */
public record CaseEnrolment(
    long enrolmentId,
    long groupId,
    String groupName,
    boolean individual,
    EnrolmentStatus status,
    String statusReason,
    OffsetDateTime statusChangedAt,
    LocalDate intakeOn,
    boolean withInterpreter,
    ProgrammeProgress progress,
    int unexplainedAbsencesInARow,
    int version) {}
