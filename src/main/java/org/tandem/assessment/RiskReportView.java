package org.tandem.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tandem.referral.RiskLevel;
import org.tandem.risk.DashIndicator;

/**
 * A report to the referrer, assembled only from open data: the case, his assessment and the
 * worker's recommendations; for an update report, the updated risk view and his programme record in
 * place of the assessment's detail. Nothing in it comes from behind the wall.
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
    /** His assessment; for an update report, null (its latest DASH score is in the update). */
    AssessmentRecord assessment,
    List<DashIndicator> indicatorsAnsweredYes,
    String recommendationContact,
    String recommendationSupervision,
    String recommendationProgramme,
    int minutesSpent,
    OffsetDateTime producedAt,
    String producedBy,
    ReportKind kind,
    ProgrammeUpdate update) {}
