package org.tandem.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of a caseload or waiting list. Holds nothing from behind the wall. */
public record CaseSummary(
    String reference,
    String areaCode,
    String manName,
    ReferralSource referralSource,
    LocalDate referredOn,
    CaseStatus status,
    LocalDate firstAppointmentOn,
    long daysWaited,
    RiskLevel riskLevel,
    OffsetDateTime riskLevelChangedAt,
    String riskLevelReason,
    LocalDate riskReviewDueOn,
    boolean riskReviewOverdue) {}
