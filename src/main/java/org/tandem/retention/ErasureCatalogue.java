package org.tandem.retention;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every table that holds a case's data, declared once: how its rows are found from the case, which
 * text columns the anonymiser blanks, and which it keeps because they hold codes, references or
 * staff usernames that the figures and the audit trail are read from. A test reads the schema and
 * fails when a text column of a case table is in neither list, so a column added later cannot be
 * missed. Dates, numbers and yes/no answers are kept: they are the facts figures are counted from.
 * His date of birth is the one date changed: see {@link Anonymiser}.
 */
final class ErasureCatalogue {

  /** What a blanked column that may not be empty holds afterwards; the notes' trigger checks it. */
  static final String PLACEHOLDER = "[anonymised]";

  /**
   * One table of a case.
   *
   * @param ofCase the condition that picks the case's rows, with the case's id as {@code :case}
   * @param blanked text columns set to null, or to the placeholder where a value is required
   * @param kept text columns kept: codes, references, staff usernames
   * @param marked the table has an {@code anonymised} mark that its never-changed trigger requires
   * @param deleted the rows are deleted whole: documents, whose files are personal data throughout,
   *     so none of their columns needs declaring
   */
  record CaseTable(
      String name,
      String ofCase,
      Set<String> blanked,
      Set<String> kept,
      boolean marked,
      boolean deleted) {}

  private static final String REFERRAL = "referral_id = :case";
  private static final String PARTNER =
      "partner_id IN (SELECT id FROM partner WHERE referral_id = :case)";
  private static final String CHILD =
      "child_id IN (SELECT id FROM child WHERE referral_id = :case)";
  private static final String ENROLMENT =
      "enrolment_id IN (SELECT id FROM enrolment WHERE referral_id = :case)";
  private static final String ASSESSMENT =
      "assessment_id IN (SELECT id FROM assessment WHERE referral_id = :case)";

  static final List<CaseTable> TABLES =
      List.of(
          table(
              "referral",
              "id = :case",
              "referral_source_other referrer_name referrer_organisation referrer_phone"
                  + " referrer_email reason man_given_name man_family_name man_phone man_address"
                  + " man_language sharing_basis_detail referred_on_to triage_notes"
                  + " risk_level_reason involvement_ended_reason",
              "reference status referral_source sharing_basis triage_outcome triaged_by created_by"
                  + " risk_level involvement_ended_by duplicate_check duplicate_checked_by"),
          table(
              "partner",
              REFERRAL,
              "given_name family_name phone email address safe_contact_times her_view_of_safety"
                  + " childrens_safety_view phone_hash email_hash name_hash",
              "relationship contact_status do_not_contact_by sealed_key_id"),
          table("child", REFERRAL, "given_name", "protection_status"),
          table(
              "appointment",
              REFERRAL,
              "outcome_reason",
              "kind place outcome asked_by outcome_recorded_by booked_by"),
          table(
              "assessment",
              REFERRAL,
              "other_violence alcohol_and_drugs children_exposure static_risk_markers"
                  + " dash_judgement viability_notes",
              "police_evidence disclosed_violence viability viability_reason decided_by"
                  + " created_by"),
          table("assessment_dash_answer", ASSESSMENT, "", "answer"),
          table("assessment_session", ASSESSMENT, "", "worker created_by"),
          table(
              "attendance",
              ENROLMENT,
              "absence_reason disclosure_detail facilitator_notes",
              "mark disclosure"),
          table(
              "attendance_correction",
              ENROLMENT,
              "replaced_absence_reason replaced_disclosure_detail replaced_notes reason",
              "replaced_mark replaced_disclosure corrected_by"),
          new CaseTable(
              "case_document", REFERRAL, Set.of(), cols("title file_name content"), false, true),
          new CaseTable(
              "partner_document", REFERRAL, Set.of(), cols("title file_name content"), false, true),
          // A report as released to the referrer: a PDF naming him, deleted whole like a document.
          new CaseTable(
              "report_release",
              REFERRAL,
              Set.of(),
              cols("kind released_by file_name"),
              false,
              true),
          marked("case_note", REFERRAL, "body", "kind recorded_by"),
          marked(
              "case_note_amendment",
              "note_id IN (SELECT id FROM case_note WHERE referral_id = :case)",
              "body reason",
              "amended_by"),
          marked("partner_note", REFERRAL, "body", "recorded_by"),
          marked(
              "partner_note_amendment",
              "note_id IN (SELECT id FROM partner_note WHERE referral_id = :case)",
              "body reason",
              "amended_by"),
          table("case_amendment", REFERRAL, "value_before value_after reason", "field amended_by"),
          table(
              "partner_amendment", PARTNER, "value_before value_after reason", "field amended_by"),
          // Her equality answers are special-category data: blanked, so an erased case counts as
          // not
          // asked in any return made again afterwards.
          table(
              "partner_equality",
              PARTNER,
              "ethnicity sex gender_same_as_at_birth sexual_orientation disability age_band",
              "recorded_by"),
          table("case_status_change", REFERRAL, "reason", "status closure_reason changed_by"),
          table("child_protection_change", CHILD, "", "previous_status status recorded_by"),
          table("child_session", CHILD, "wellbeing_notes", "kind recorded_by"),
          table("safety_ladder_reading", CHILD, "", "stage recorded_by"),
          table("contact_attempt", PARTNER, "venue notes", "method outcome recorded_by"),
          table("enrolment", REFERRAL, "status_reason", "status created_by"),
          table("his_contact_attempt", REFERRAL, "", "method recorded_by"),
          table("man_reminder_preference", REFERRAL, "email", "channel updated_by language"),
          table(
              "marac_referral",
              REFERRAL,
              "reason meeting_outcome source_reason",
              "trigger created_by referred_by"),
          table(
              "non_association",
              "referral_id = :case OR other_referral_id = :case",
              "note",
              "kind recorded_by ended_by"),
          table("outcome_exclusion", REFERRAL, "reason", "marked_by withdrawn_by"),
          table("partner_contact_status_change", PARTNER, "", "status recorded_by"),
          table("partner_dash", PARTNER, "notes", "answers recorded_by"),
          table("partner_evaluation", PARTNER, "notes", "point recorded_by"),
          table("partner_evaluation_schedule", PARTNER, "", ""),
          table("partner_referral_on", PARTNER, "detail basis_reason", "service recorded_by basis"),
          table("case_sharing", REFERRAL, "recipient what basis_reason", "kind basis recorded_by"),
          table(
              "man_consent", REFERRAL, "agencies", "scope recorded_by withdrawn_by withdrawn_how"),
          table(
              "partner_consent",
              REFERRAL,
              "agencies",
              "scope recorded_by withdrawn_by withdrawn_how"),
          table(
              "subject_access",
              REFERRAL,
              "requester",
              "subject_kind requested_by prepared_by released_by released_sections"
                  + " released_sha256"),
          table("partner_support_task", REFERRAL, "reason", "kind completed_by"),
          table("programme_review", ENROLMENT, "reason outcome", "kind done_by"),
          table("referrer_evaluation", REFERRAL, "comments", "recorded_by"),
          table(
              "reminder",
              REFERRAL,
              "reason",
              "recipient channel template_code appointment_kind place worker_name status"),
          table("risk_alert", REFERRAL, "message detail", "kind event_kind"),
          table("risk_event", REFERRAL, "summary source", "kind recorded_by"),
          table("risk_level_source", REFERRAL, "reason", ""),
          table(
              "risk_report",
              REFERRAL,
              "recommendation_contact recommendation_supervision recommendation_programme",
              "kind produced_by"),
          table("risk_review", REFERRAL, "attendees decisions", "risk_level created_by"),
          table("safety_plan_revision", PARTNER, "plan", "recorded_by"),
          table("safety_plan_review", PARTNER, "", ""),
          table("support_session", PARTNER, "notes", "kind recorded_by"),
          table("womens_group_attendance", PARTNER, "absence_reason", ""),
          table("womens_group_member", PARTNER, "", "added_by"),
          table("legal_hold", REFERRAL, "reason lifted_reason", "placed_by lifted_by"),
          table("case_anonymised", REFERRAL, "", "rule"),
          // The trail holds who touched the case and when, never what they read or wrote.
          table("audit_event", REFERRAL, "", "username action what case_reference channel"));

  private ErasureCatalogue() {}

  private static CaseTable table(String name, String ofCase, String blanked, String kept) {
    return new CaseTable(name, ofCase, cols(blanked), cols(kept), false, false);
  }

  private static CaseTable marked(String name, String ofCase, String blanked, String kept) {
    return new CaseTable(name, ofCase, cols(blanked), cols(kept), true, false);
  }

  private static Set<String> cols(String spaced) {
    return new LinkedHashSet<>(Arrays.stream(spaced.split(" ")).filter(s -> !s.isBlank()).toList());
  }
}
