package org.tandem.generator.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Every table the generator fills, in the order their foreign keys need, written a batch at a time
 * with COPY. Ids are chosen here, above each table's highest, so rows can point at each other
 * before they are written; the identity sequences are moved past them at the end.
 */
public final class Tables {

  private final Map<String, CopyTable> tables = new LinkedHashMap<>();
  private final Connection connection;
  private final CopyManager copy;
  private Thread writer;
  private volatile Exception failure;

  public final CopyTable area;
  public final CopyTable team;
  public final CopyTable teamArea;
  public final CopyTable group;
  public final CopyTable referral;
  public final CopyTable statusChange;
  public final CopyTable assessment;
  public final CopyTable assessmentSession;
  public final CopyTable dashAnswer;
  public final CopyTable riskEvent;
  public final CopyTable riskReport;
  public final CopyTable marac;
  public final CopyTable partner;
  public final CopyTable partnerStatus;
  public final CopyTable contactAttempt;
  public final CopyTable partnerDash;
  public final CopyTable safetyPlan;
  public final CopyTable supportSession;
  public final CopyTable referralOn;
  public final CopyTable evaluationSchedule;
  public final CopyTable evaluation;
  public final CopyTable child;
  public final CopyTable protectionChange;
  public final CopyTable childSession;
  public final CopyTable ladder;
  public final CopyTable enrolment;
  public final CopyTable groupSession;
  public final CopyTable attendance;
  public final CopyTable programmeReview;
  public final CopyTable riskReview;
  public final CopyTable referrerEvaluation;
  public final CopyTable task;
  public final CopyTable womensGroup;
  public final CopyTable womensSession;
  public final CopyTable womensMember;
  public final CopyTable womensAttendance;
  public final CopyTable audit;

  public Tables(Connection connection) throws SQLException {
    this.connection = connection;
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    area = add("area", "id, code, name, next_case_number, created_at");
    team = add("team", "id, name");
    teamArea = add("team_area", "team_id, area_id", false);
    group =
        add(
            "programme_group",
            "id, area_id, name, curriculum_id, capacity, intake_every_weeks, first_session_on,"
                + " weekday, starts_at, venue, facilitators, created_at");
    referral =
        add(
            "referral",
            "id, area_id, reference, status, referral_source, referrer_name,"
                + " referrer_organisation, referrer_phone, reason, referred_on, man_given_name,"
                + " man_family_name, man_date_of_birth, man_phone, man_address, man_language,"
                + " man_interpreter_needed, sharing_basis, triage_outcome, referred_on_to,"
                + " triaged_at, triaged_by, first_appointment_on, created_at, created_by,"
                + " risk_level, risk_level_changed_at, risk_level_reason, risk_review_due_on,"
                + " involvement_ended_on, involvement_ended_reason, involvement_ended_by");
    statusChange =
        add(
            "case_status_change",
            "id, referral_id, status, changed_on, reason, closure_reason, changed_by, changed_at");
    assessment =
        add(
            "assessment",
            "id, referral_id, police_evidence, police_incidents, disclosed_violence, denial,"
                + " minimisation, blame, hostility, empathy, motivation, viability,"
                + " viability_reason, decided_at, decided_by, created_at, created_by");
    assessmentSession =
        add(
            "assessment_session",
            "id, assessment_id, held_on, duration_minutes, worker, with_interpreter, created_at,"
                + " created_by");
    dashAnswer = add("assessment_dash_answer", "assessment_id, indicator, answer", false);
    riskEvent =
        add(
            "risk_event",
            "id, referral_id, kind, occurred_on, summary, source, raises_alert, recorded_at,"
                + " recorded_by");
    marac =
        add(
            "marac_referral",
            "id, referral_id, trigger, reason, due_on, created_at, created_by, referred_on,"
                + " referred_by, meeting_on, meeting_outcome");
    partner =
        add(
            "partner",
            "id, referral_id, relationship, given_name, family_name, phone, address,"
                + " safe_contact_times, created_at, contact_status, contact_status_on,"
                + " letter_sent_on, consent_to_share");
    partnerStatus =
        add(
            "partner_contact_status_change",
            "id, partner_id, status, changed_on, recorded_by, recorded_at");
    contactAttempt =
        add(
            "contact_attempt",
            "id, partner_id, method, attempted_at, outcome, within_safe_times, recorded_by,"
                + " recorded_at");
    partnerDash =
        add(
            "partner_dash",
            "id, partner_id, completed_on, answers, score, strangulation, recorded_by,"
                + " recorded_at");
    safetyPlan =
        add("safety_plan_revision", "id, partner_id, plan, review_on, recorded_by, recorded_at");
    supportSession =
        add("support_session", "id, partner_id, kind, held_on, minutes, recorded_by, recorded_at");
    referralOn =
        add(
            "partner_referral_on",
            "id, partner_id, service, referred_on, recorded_by, recorded_at");
    evaluationSchedule = add("partner_evaluation_schedule", "partner_id, reached_on", false);
    evaluation =
        add(
            "partner_evaluation",
            "id, partner_id, point, completed_on, violence, abusive_behaviour, feeling_safe,"
                + " childrens_safety, quality_of_life, recorded_by, recorded_at");
    child = add("child", "id, referral_id, given_name, age_years, protection_status, created_at");
    protectionChange =
        add(
            "child_protection_change",
            "id, child_id, previous_status, status, changed_on, recorded_by, recorded_at");
    childSession =
        add(
            "child_session",
            "id, child_id, held_on, duration_minutes, kind, recorded_by, recorded_at");
    ladder =
        add(
            "safety_ladder_reading",
            "id, child_id, stage, taken_on, rating, recorded_by, recorded_at");
    enrolment =
        add(
            "enrolment",
            "id, referral_id, group_id, intake_on, status, status_reason, status_changed_at,"
                + " created_at, created_by");
    groupSession =
        add(
            "group_session",
            "id, group_id, curriculum_session_id, held_on, facilitators, recorded_at,"
                + " recorded_by");
    attendance =
        add(
            "attendance",
            "group_session_id, enrolment_id, mark, absence_reason, blame, minimisation, denial",
            false);
    programmeReview =
        add(
            "programme_review",
            "id, enrolment_id, kind, reason, due_on, created_at, done_on, done_by, outcome");
    // After enrolment: an update report names the place it reports on.
    riskReport =
        add(
            "risk_report",
            "id, referral_id, kind, enrolment_id, recommendation_contact,"
                + " recommendation_supervision, recommendation_programme, minutes_spent,"
                + " produced_at, produced_by");
    riskReview =
        add(
            "risk_review",
            "id, referral_id, held_on, attendees, decisions, risk_level, next_review_on,"
                + " created_at, created_by");
    referrerEvaluation =
        add(
            "referrer_evaluation",
            "id, referral_id, received_on, assessment_usefulness, report_usefulness, her_safety,"
                + " childrens_safety, comments, recorded_by, recorded_at");
    task =
        add(
            "partner_support_task",
            "id, referral_id, partner_id, kind, reason, due_at, created_at, completed_at,"
                + " completed_by");
    womensGroup =
        add(
            "womens_group",
            "id, area_id, name, venue, meets, starts_on, capacity, created_by, created_at");
    womensSession =
        add(
            "womens_group_session",
            "id, group_id, held_on, topic, notes, recorded_by, recorded_at");
    womensMember =
        add(
            "womens_group_member",
            "id, group_id, partner_id, joined_on, left_on, added_by, added_at");
    womensAttendance =
        add("womens_group_attendance", "session_id, partner_id, attended, absence_reason", false);
    audit =
        add(
            "audit_event",
            "id, occurred_at, username, action, what, referral_id, case_reference, area_id,"
                + " channel");
    startIds();
  }

  private CopyTable add(String name, String columns) {
    return add(name, columns, true);
  }

  private CopyTable add(String name, String columns, boolean hasId) {
    CopyTable table = new CopyTable(name, columns, hasId);
    tables.put(name, table);
    return table;
  }

  private void startIds() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (CopyTable t : tables.values()) {
        if (t.hasId()) {
          try (ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + t.name())) {
            rs.next();
            t.startIdsAfter(rs.getLong(1));
          }
        }
      }
    }
  }

  /** Writes every table's rows held so far, parents before children, and commits them. */
  public void flush() throws SQLException, IOException {
    flushInBackground();
    awaitFlush();
  }

  /**
   * Hands the rows held so far to a thread that writes them while the next batch is made, once the
   * batch before has been written: PostgreSQL loads one batch while Java makes the next, and no
   * more than two batches are ever held.
   */
  public void flushInBackground() throws SQLException, IOException {
    awaitFlush();
    List<CopyTable> order = List.copyOf(tables.values());
    List<String> texts = new ArrayList<>();
    for (CopyTable t : order) {
      texts.add(t.take());
    }
    writer =
        new Thread(
            () -> {
              try {
                for (int i = 0; i < order.size(); i++) {
                  order.get(i).copy(copy, texts.get(i));
                }
                connection.commit();
              } catch (SQLException | IOException | RuntimeException e) {
                failure = e;
              }
            },
            "generator-copy");
    writer.start();
  }

  /** Waits for the batch being written, if one is, when generating has already failed. */
  void awaitQuietly() {
    try {
      awaitFlush();
    } catch (SQLException | IOException | RuntimeException e) {
      // The first failure is the one reported.
    }
  }

  /** Waits for the batch being written, if one is, and reports its failure. */
  void awaitFlush() throws SQLException, IOException {
    if (writer == null) {
      return;
    }
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while writing a batch", e);
    }
    writer = null;
    Exception e = failure;
    failure = null;
    if (e instanceof SQLException sql) {
      throw sql;
    }
    if (e instanceof IOException io) {
      throw io;
    }
    if (e != null) {
      throw (RuntimeException) e;
    }
  }

  /** Moves each identity past the ids the generator chose, so the application's inserts follow. */
  public void advanceIdentities() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (CopyTable t : tables.values()) {
        if (t.hasId()) {
          s.execute(
              "SELECT setval(pg_get_serial_sequence('"
                  + t.name()
                  + "', 'id'), max(id)) FROM "
                  + t.name()
                  + " HAVING max(id) IS NOT NULL");
        }
      }
    }
    connection.commit();
  }

  public List<CopyTable> all() {
    return List.copyOf(tables.values());
  }
}
