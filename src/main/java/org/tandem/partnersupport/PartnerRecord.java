package org.tandem.partnersupport;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.tandem.consent.LawfulBasis;
import org.tandem.referral.PartnerRelationship;

/**
 * Her record, behind the wall: only partner-support workers and service managers ever receive one.
 * Lists are newest first.
 */
public record PartnerRecord(
    String reference,
    long partnerId,
    PartnerRelationship relationship,
    String givenName,
    String familyName,
    String phone,
    String email,
    String address,
    String safeContactTimes,
    Set<ContactMethod> doNotContactBy,
    PartnerContactStatus status,
    LocalDate statusOn,
    List<StatusChange> statusHistory,
    LocalDate letterSentOn,
    int attemptCount,
    int contactCount,
    List<Attempt> attempts,
    String herViewOfSafety,
    String childrensSafetyView,
    Boolean consentToShare,
    boolean consentToAttendance,
    List<Dash> dashes,
    List<SafetyPlan> safetyPlans,
    List<ReferralOn> referralsOn,
    List<Session> sessions,
    int version) {

  @Schema(name = "PartnerStatusChange")
  public record StatusChange(PartnerContactStatus status, LocalDate changedOn, String recordedBy) {}

  public record Attempt(
      ContactMethod method,
      ZonedDateTime attemptedAt,
      ContactOutcome outcome,
      String venue,
      String notes,
      boolean withinSafeTimes,
      String recordedBy) {}

  @Schema(name = "PartnerDash")
  public record Dash(
      LocalDate completedOn,
      int score,
      boolean visibleHighRisk,
      boolean strangulation,
      List<Integer> yesIndicators,
      String notes,
      String recordedBy) {}

  public record SafetyPlan(
      long revision, String plan, LocalDate reviewOn, boolean reviewDue, String recordedBy) {}

  /**
   * A referral on with the basis it went on (null if recorded before bases were asked for); on
   * consent, the consent's date and, if she has withdrawn it since, the date she withdrew it.
   */
  public record ReferralOn(
      ReferralOnService service,
      LocalDate referredOn,
      String detail,
      String recordedBy,
      LawfulBasis basis,
      String basisReason,
      LocalDate consentGivenOn,
      LocalDate consentWithdrawnOn) {}

  @Schema(name = "SupportSession")
  public record Session(
      SupportKind kind, LocalDate heldOn, int minutes, String notes, String recordedBy) {}

  public String name() {
    return givenName + (familyName == null ? "" : " " + familyName);
  }

  /** The current plan: the newest revision, or null before the first. */
  public SafetyPlan safetyPlan() {
    return safetyPlans.isEmpty() ? null : safetyPlans.get(0);
  }

  public Dash latestDash() {
    return dashes.isEmpty() ? null : dashes.get(0);
  }
}
