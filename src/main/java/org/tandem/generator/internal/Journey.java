package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One case as it is being made: its ids, its people's workers, the end of the history, and its
 * moves through the journey, written as they happen so the last one is where the case stands.
 */
final class Journey {

  final SplittableRandom r;
  final Tables t;
  final Place place;
  final long referralId;
  final String reference;
  final LocalDate end;
  private String status;
  private LocalDate lastMoveOn;

  /** The referrer has had a risk identification report, so updates on his programme follow. */
  boolean reportsToReferrer;

  /** The case's risk level as it stands, when and why it last changed, the next review due. */
  String riskLevel = "STANDARD";

  Instant riskLevelChangedAt;
  String riskLevelReason;
  LocalDate riskReviewDueOn;

  /** Changes in his status that prompt contact with each woman on the case (table of prompts). */
  final List<Prompt> prompts = new ArrayList<>();

  record Prompt(Instant at, String reason, int workingDays) {}

  Journey(
      SplittableRandom r, Tables t, Place place, long referralId, String reference, LocalDate end) {
    this.r = r;
    this.t = t;
    this.place = place;
    this.referralId = referralId;
    this.reference = reference;
    this.end = end;
  }

  /** Whether a day has happened by the end of the history. */
  boolean happened(LocalDate day) {
    return !day.isAfter(end);
  }

  void move(String to, LocalDate on, String reason, String by) {
    move(to, on, reason, null, by);
  }

  void move(String to, LocalDate on, String reason, String closureReason, String by) {
    Instant at = Odds.during(r, on);
    t.statusChange.row(t.statusChange.nextId(), referralId, to, on, reason, closureReason, by, at);
    audit(at, by, "UPDATE", "case status");
    status = to;
    lastMoveOn = on;
  }

  void close(LocalDate on, String closureReason) {
    move("CLOSED", on, "Case closed", closureReason, place.manager());
    prompt(Odds.during(r, on), "His case closed: decide with her whether her support continues", 3);
  }

  /** A change in his status that the partner-support worker must tell each woman about. */
  void prompt(Instant at, String reason, int workingDays) {
    prompts.add(new Prompt(at, reason, workingDays));
  }

  /** Sets the case's risk level, as a decision, an escalation or a review does. */
  void riskLevel(String level, Instant at, String reason) {
    riskLevel = level;
    riskLevelChangedAt = at;
    riskLevelReason = reason;
  }

  boolean closedBy(LocalDate day) {
    return "CLOSED".equals(status) && !lastMoveOn.isAfter(day);
  }

  String status() {
    return status;
  }

  LocalDate lastMoveOn() {
    return lastMoveOn;
  }

  /** One line of the audit trail about this case. */
  void audit(Instant at, String username, String action, String what) {
    t.audit.row(
        t.audit.nextId(),
        at,
        username,
        action,
        what,
        referralId,
        reference,
        place.id(),
        Odds.chance(r, 0.08) ? "API" : "PAGE");
  }

  /** A worker opening the case on a day: the reads that surround every piece of work. */
  void reads(LocalDate day, String username, String what, int count) {
    for (int i = 0; i < count; i++) {
      audit(Odds.during(r, day), username, "READ", what);
    }
  }

  /**
   * The allocated worker opens an open case about once a week (caseload reviews, supervision, phone
   * calls), from the referral until it closes or the history ends.
   */
  void weeklyReads(LocalDate referredOn) {
    LocalDate until = "CLOSED".equals(status) ? lastMoveOn : end;
    for (LocalDate day = referredOn.plusDays(7); !day.isAfter(until); day = day.plusDays(7)) {
      if (Odds.chance(r, 0.9)) {
        audit(Odds.during(r, day), place.perpetratorWorker(), "READ", "case");
      }
    }
  }
}
