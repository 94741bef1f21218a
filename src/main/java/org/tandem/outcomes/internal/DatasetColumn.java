package org.tandem.outcomes.internal;

import java.util.function.Function;

/**
 * The national dataset's columns in file order, each with the name it has in the CSV header and the
 * JSON rows. docs/national-dataset.md and docs/national-dataset.schema.json document the same names
 * in the same order, and NationalDatasetTest holds them to it.
 */
enum DatasetColumn {
  PSEUDONYM("pseudonym", DatasetRow::pseudonym),
  AREA_CODE("area_code", DatasetRow::areaCode),
  REFERRAL_QUARTER("referral_quarter", DatasetRow::referralQuarter),
  REFERRAL_SOURCE("referral_source", DatasetRow::referralSource),
  AGE_BAND("age_band", DatasetRow::ageBand),
  INTERPRETER_NEEDED("interpreter_needed", DatasetRow::interpreterNeeded),
  CHILDREN("children", DatasetRow::children),
  CHILDREN_CP_PLAN_AT_REFERRAL(
      "children_cp_plan_at_referral", DatasetRow::childrenCpPlanAtReferral),
  CHILDREN_CP_PLAN_NOW("children_cp_plan_now", DatasetRow::childrenCpPlanNow),
  TRIAGE_OUTCOME("triage_outcome", DatasetRow::triageOutcome),
  CASE_STATUS("case_status", DatasetRow::caseStatus),
  DAYS_TO_FIRST_APPOINTMENT("days_to_first_appointment", DatasetRow::daysToFirstAppointment),
  VIABILITY("viability", DatasetRow::viability),
  POLICE_EVIDENCE("police_evidence", DatasetRow::policeEvidence),
  POLICE_INCIDENTS("police_incidents", DatasetRow::policeIncidents),
  DISCLOSED_VIOLENCE("disclosed_violence", DatasetRow::disclosedViolence),
  RISK_LEVEL("risk_level", DatasetRow::riskLevel),
  MARAC_REFERRAL_MADE("marac_referral_made", DatasetRow::maracReferralMade),
  PROGRAMME_ENTERED("programme_entered", DatasetRow::programmeEntered),
  SESSIONS_ATTENDED("sessions_attended", DatasetRow::sessionsAttended),
  HOURS_ATTENDED("hours_attended", DatasetRow::hoursAttended),
  COMPLETED_STAGE_ONE("completed_stage_one", DatasetRow::completedStageOne),
  COMPLETED_SIXTY_HOURS("completed_sixty_hours", DatasetRow::completedSixtyHours),
  ENROLMENT_OUTCOME("enrolment_outcome", DatasetRow::enrolmentOutcome),
  POLICE_CALL_OUTS_AFTER_ASSESSMENT(
      "police_call_outs_after_assessment", DatasetRow::policeCallOutsAfterAssessment),
  INVOLVEMENT_ENDED("involvement_ended", DatasetRow::involvementEnded),
  PARTNERS_RECORDED("partners_recorded", DatasetRow::partnersRecorded),
  PARTNER_REACHED("partner_reached", DatasetRow::partnerReached),
  PARTNER_ENGAGED("partner_engaged", DatasetRow::partnerEngaged),
  PROACTIVE_ATTEMPTS("proactive_attempts", DatasetRow::proactiveAttempts),
  WOMENS_GROUP_MEMBER("womens_group_member", DatasetRow::womensGroupMember);

  private final String header;
  private final Function<DatasetRow, Object> value;

  DatasetColumn(String header, Function<DatasetRow, Object> value) {
    this.header = header;
    this.value = value;
  }

  String header() {
    return header;
  }

  /** The row's value: a String, Integer, BigDecimal or Boolean, or null when not applicable. */
  Object valueOf(DatasetRow row) {
    return value.apply(row);
  }
}
