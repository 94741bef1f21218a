package org.tandem.outcomes.internal;

import java.math.BigDecimal;

/**
 * One case in the national dataset, already coded: nothing here is a name, a contact detail, an
 * address, a date or free text. docs/national-dataset.md defines every field.
 */
record DatasetRow(
    String pseudonym,
    String areaCode,
    String referralQuarter,
    String referralSource,
    String ageBand,
    boolean interpreterNeeded,
    int children,
    int childrenCpPlanAtReferral,
    int childrenCpPlanNow,
    String triageOutcome,
    String caseStatus,
    Integer daysToFirstAppointment,
    String viability,
    String policeEvidence,
    Integer policeIncidents,
    String disclosedViolence,
    String riskLevel,
    boolean maracReferralMade,
    boolean programmeEntered,
    int sessionsAttended,
    BigDecimal hoursAttended,
    boolean completedStageOne,
    boolean completedSixtyHours,
    String enrolmentOutcome,
    Integer policeCallOutsAfterAssessment,
    boolean involvementEnded,
    int partnersRecorded,
    boolean partnerReached,
    boolean partnerEngaged,
    int proactiveAttempts,
    boolean womensGroupMember) {}
