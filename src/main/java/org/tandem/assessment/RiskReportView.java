package org.tandem.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tandem.referral.RiskLevel;
import org.tandem.risk.DashIndicator;

/**
 * A risk identification report to the referrer, assembled only from open data: the case, his
 * assessment and the worker's recommendations. Nothing in it comes from behind the wall.
 */
public record RiskReportView(
    long id,
    String reference,
    String areaName,
    String referrerName,
    String referrerOrganisation,
    LocalDate referredOn,
    String manName,
    LocalDate manDateOfBirth,
    int childrenCount,
    RiskLevel riskLevel,
    String riskLevelReason,
    AssessmentRecord assessment,
    List<DashIndicator> indicatorsAnsweredYes,
    String recommendationContact,
    String recommendationSupervision,
    String recommendationProgramme,
    int minutesSpent,
    OffsetDateTime producedAt,
    String producedBy) {}
