package org.tandem.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A whole case as the caller's role may see it. {@code partners} is null unless the caller may see
 * behind the wall; {@code partnersRecorded} tells everyone else only how many there are. {@code
 * riskLevelReason} is what everyone reads; {@code riskLevelSource}, only behind the wall, says
 * where the level came from when that was her DASH with partner support.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseDetail(
    String reference,
    String areaCode,
    String areaName,
    CaseStatus status,
    ReferralSource referralSource,
    String referralSourceOther,
    String referrerName,
    String referrerOrganisation,
    String referrerPhone,
    String referrerEmail,
    String reason,
    LocalDate referredOn,
    long daysWaited,
    String manGivenName,
    String manFamilyName,
    LocalDate manDateOfBirth,
    String manPhone,
    String manAddress,
    String manLanguage,
    boolean manInterpreterNeeded,
    SharingBasis sharingBasis,
    String sharingBasisDetail,
    TriageOutcome triageOutcome,
    String referredOnTo,
    String triageNotes,
    OffsetDateTime triagedAt,
    String triagedBy,
    LocalDate firstAppointmentOn,
    OffsetDateTime createdAt,
    String createdBy,
    int version,
    RiskLevel riskLevel,
    OffsetDateTime riskLevelChangedAt,
    String riskLevelReason,
    String riskLevelSource,
    LocalDate riskReviewDueOn,
    boolean riskReviewOverdue,
    String allocatedPerpetratorWorker,
    String allocatedPartnerSupportWorker,
    int partnersRecorded,
    List<PartnerDetail> partners,
    List<ChildDetail> children,
    LocalDate involvementEndedOn,
    String involvementEndedReason,
    String involvementEndedBy) {

  /** Whether a worker has recorded that the service is no longer involved with the case. */
  public boolean involvementEnded() {
    return involvementEndedOn != null;
  }

  /** Why the level last changed, as this reader may read it. */
  public String riskLevelReasonToShow() {
    return riskLevelSource != null ? riskLevelSource : riskLevelReason;
  }

  /** Behind the wall: only for partner-support workers and service managers. */
  public record PartnerDetail(
      long id,
      PartnerRelationship relationship,
      String givenName,
      String familyName,
      String phone,
      String email,
      String address,
      String safeContactTimes) {}

  public record ChildDetail(String givenName, int ageYears, ProtectionStatus protectionStatus) {}
}
