package org.tandem.programme;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.tandem.referral.RiskLevel;

/**
 * A man in a group, as the facilitators see him: status, risk level, progress, and anything to
 * watch for tonight.
 */
public record Member(
    long enrolmentId,
    String reference,
    String name,
    EnrolmentStatus status,
    String statusReason,
    OffsetDateTime statusChangedAt,
    LocalDate intakeOn,
    boolean withInterpreter,
    RiskLevel riskLevel,
    String riskLevelReason,
    ProgrammeProgress progress,
    int unexplainedAbsencesInARow,
    boolean disclosedLastTime,
    int version) {}
