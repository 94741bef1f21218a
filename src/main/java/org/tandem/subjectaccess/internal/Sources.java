package org.tandem.subjectaccess.internal;

import java.util.List;
import java.util.Set;

/**
 * What each person's bundle is drawn from. His is his case's own records, never her record, the
 * children's work or another man's case; hers is her record behind the wall; a child's is their
 * children's work. Notes marked restricted are not here: they are listed for review instead.
 */
final class Sources {

  private Sources() {}

  private static final String BY_CASE = "WHERE t.referral_id = :case";

  static final List<Source> HIS =
      List.of(
          // The referrer's own name and contact details are theirs, not his.
          new Source(
              "referral",
              "referral",
              "WHERE t.id = :case",
              "t.id",
              Set.of("referrer_name", "referrer_phone", "referrer_email")),
          new Source("statusChanges", "case_status_change", BY_CASE, "t.changed_at, t.id"),
          new Source("assessment", "assessment", BY_CASE, "t.id"),
          new Source(
              "assessmentSessions",
              "assessment_session",
              "JOIN assessment a ON a.id = t.assessment_id WHERE a.referral_id = :case",
              "t.held_on, t.id"),
          new Source(
              "dashAnswers",
              "assessment_dash_answer",
              "JOIN assessment a ON a.id = t.assessment_id WHERE a.referral_id = :case",
              "t.indicator"),
          new Source("riskEvents", "risk_event", BY_CASE, "t.occurred_on, t.id"),
          new Source("riskReviews", "risk_review", BY_CASE, "t.held_on, t.id"),
          new Source("maracReferrals", "marac_referral", BY_CASE, "t.id"),
          new Source("reports", "risk_report", BY_CASE, "t.produced_at, t.id"),
          new Source("enrolments", "enrolment", BY_CASE, "t.id"),
          new Source(
              "attendance",
              "attendance",
              "JOIN enrolment e ON e.id = t.enrolment_id"
                  + " JOIN group_session s ON s.id = t.group_session_id WHERE e.referral_id = :case",
              "s.held_on, t.group_session_id"),
          new Source(
              "programmeReviews",
              "programme_review",
              "JOIN enrolment e ON e.id = t.enrolment_id WHERE e.referral_id = :case",
              "t.id"),
          new Source("appointments", "appointment", BY_CASE, "t.starts_at, t.id"),
          new Source("contactAttempts", "his_contact_attempt", BY_CASE, "t.attempted_at, t.id"),
          new Source("reminderPreference", "man_reminder_preference", BY_CASE, "t.updated_at"),
          new Source(
              "reminders", "reminder", BY_CASE + " AND t.recipient = 'HIM'", "t.due_at, t.id"),
          new Source(
              "caseNotes", "case_note", BY_CASE + " AND NOT t.restricted", "t.happened_on, t.id"),
          new Source(
              "caseNoteAmendments",
              "case_note_amendment",
              "JOIN case_note n ON n.id = t.note_id WHERE n.referral_id = :case AND NOT n.restricted",
              "t.note_id, t.revision"),
          new Source(
              "documents", "case_document", BY_CASE + " AND t.child_id IS NULL", "t.uploaded_at"),
          new Source("consents", "man_consent", BY_CASE, "t.given_on, t.id"),
          new Source("sharings", "case_sharing", BY_CASE, "t.shared_on, t.id"),
          new Source(
              "corrections",
              "case_amendment",
              BY_CASE + " AND t.child_id IS NULL",
              "t.amended_at, t.id"),
          // The other man and what was written about him are his, not this man's.
          new Source("nonAssociations", "non_association", BY_CASE, "t.id", Set.of("note")));

  private static final String HERS = "WHERE t.partner_id = :person";

  /** Her bundle; her details in {@code partner} are read apart, opened from sealed storage. */
  static final List<Source> HER =
      List.of(
          new Source("statusChanges", "partner_contact_status_change", HERS, "t.changed_on, t.id"),
          new Source("contactAttempts", "contact_attempt", HERS, "t.attempted_at, t.id"),
          new Source("dash", "partner_dash", HERS, "t.completed_on, t.id"),
          new Source("safetyPlans", "safety_plan_revision", HERS, "t.recorded_at, t.id"),
          new Source("supportSessions", "support_session", HERS, "t.held_on, t.id"),
          new Source("referralsOn", "partner_referral_on", HERS, "t.referred_on, t.id"),
          new Source("evaluations", "partner_evaluation", HERS, "t.completed_on, t.id"),
          new Source("evaluationSchedule", "partner_evaluation_schedule", HERS, "t.reached_on"),
          new Source(
              "notes", "partner_note", HERS + " AND NOT t.restricted", "t.happened_on, t.id"),
          new Source(
              "noteAmendments",
              "partner_note_amendment",
              "JOIN partner_note n ON n.id = t.note_id WHERE n.partner_id = :person"
                  + " AND NOT n.restricted",
              "t.note_id, t.revision"),
          new Source("womensGroups", "womens_group_member", HERS, "t.joined_on, t.id"),
          new Source(
              "womensGroupAttendance",
              "womens_group_attendance",
              "JOIN womens_group_session s ON s.id = t.session_id WHERE t.partner_id = :person",
              "s.held_on, t.session_id"),
          new Source("tasks", "partner_support_task", HERS, "t.created_at, t.id"),
          new Source("reminders", "reminder", HERS + " AND t.recipient = 'HER'", "t.due_at, t.id"),
          new Source("documents", "partner_document", HERS, "t.uploaded_at, t.id"),
          new Source("consents", "partner_consent", HERS, "t.given_on, t.id"),
          new Source("corrections", "partner_amendment", HERS, "t.amended_at, t.id"),
          // Her equality monitoring answers, opened from sealed storage as her corrections are.
          new Source("equality", "partner_equality", HERS, "t.partner_id"));

  private static final String THE_CHILD = "WHERE t.child_id = :person";

  static final List<Source> CHILD =
      List.of(
          new Source("child", "child", "WHERE t.id = :person AND t.referral_id = :case", "t.id"),
          new Source("protection", "child_protection_change", THE_CHILD, "t.changed_on, t.id"),
          new Source("sessions", "child_session", THE_CHILD, "t.held_on, t.id"),
          new Source("ladder", "safety_ladder_reading", THE_CHILD, "t.taken_on, t.id"),
          new Source("documents", "case_document", THE_CHILD, "t.uploaded_at, t.id"),
          new Source("corrections", "case_amendment", THE_CHILD, "t.amended_at, t.id"));
}
