package org.tandem.risk;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.tandem.referral.RiskLevel;

/** Everything known about a family's risk, in one place and in time order. */
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
    List<Review> reviews) {

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
