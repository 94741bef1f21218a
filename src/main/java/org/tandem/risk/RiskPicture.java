package org.tandem.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tandem.notes.NoteOnTimeline;
import org.tandem.referral.CaseStatusChange;
import org.tandem.referral.RiskLevel;

/**
 * Everything known about a family's risk, in one place and in time order, with the moves of his
 * case along its journey beside the events, so a worker sees what happened around each move.
 */
public record RiskPicture(
    String reference,
    RiskLevel level,
    OffsetDateTime levelChangedAt,
    String levelReason,
    LocalDate reviewDueOn,
    boolean reviewOverdue,
    long policeCallOutsInPastYear,
    List<Event> timeline,
    List<MaracReferral> maracReferrals,
    List<Review> reviews,
    List<CaseStatusChange> moves,
    List<NoteOnTimeline> notes) {

  /**
   * The family's timeline: the risk events, the case's moves and his contact and third-party notes,
   * in date order.
   */
  public List<TimelineEntry> entries() {
    List<TimelineEntry> entries = new ArrayList<>();
    timeline.forEach(e -> entries.add(TimelineEntry.of(e)));
    moves.forEach(m -> entries.add(TimelineEntry.of(m)));
    notes.forEach(n -> entries.add(TimelineEntry.of(n)));
    entries.sort(Comparator.comparing(TimelineEntry::on).thenComparing(TimelineEntry::at));
    return entries;
  }

  /** One event on the timeline. */
  public record Event(
      long id,
      RiskEventKind kind,
      LocalDate occurredOn,
      String summary,
      String source,
      boolean raisedAlert,
      String recordedBy,
      OffsetDateTime recordedAt) {}

  /** A MARAC referral: the task to make it, and the meeting's outcome. */
  public record MaracReferral(
      long id,
      MaracTrigger trigger,
      String reason,
      LocalDate dueOn,
      boolean overdue,
      boolean repeat,
      OffsetDateTime createdAt,
      LocalDate referredOn,
      String referredBy,
      LocalDate meetingOn,
      String meetingOutcome,
      int version) {

    public boolean made() {
      return referredOn != null;
    }

    /** The same referral with its reason read from behind the wall, when there is one. */
    MaracReferral withReason(String behindTheWall) {
      return behindTheWall == null
          ? this
          : new MaracReferral(
              id,
              trigger,
              behindTheWall,
              dueOn,
              overdue,
              repeat,
              createdAt,
              referredOn,
              referredBy,
              meetingOn,
              meetingOutcome,
              version);
    }
  }

  /** A risk review meeting. */
  public record Review(
      LocalDate heldOn,
      String attendees,
      String decisions,
      RiskLevel riskLevel,
      LocalDate nextReviewOn,
      String recordedBy) {}
}
