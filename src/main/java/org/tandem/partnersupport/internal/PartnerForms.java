package org.tandem.partnersupport.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tandem.consent.LawfulBasis;
import org.tandem.partnersupport.ContactMethod;
import org.tandem.partnersupport.ContactOutcome;
import org.tandem.partnersupport.PartnerContactStatus;
import org.tandem.partnersupport.ReferralOnService;
import org.tandem.partnersupport.SupportKind;
import org.tandem.risk.DashAnswer;
import org.tandem.web.DateInput;
import org.tandem.web.VersionedForm;

/** The forms of her record's pages, each holding what was typed so a mistake can be shown back. */
public final class PartnerForms {

  private PartnerForms() {}

  /** An attempt to reach her, as typed. */
  public static class AttemptForm {
    private ContactMethod method;
    private DateInput attemptedOn = new DateInput();
    private String attemptedAt;
    private ContactOutcome outcome;
    private String venue;
    private String notes;
    private boolean withinSafeTimes;

    public ContactMethod getMethod() {
      return method;
    }

    public void setMethod(ContactMethod method) {
      this.method = method;
    }

    public DateInput getAttemptedOn() {
      return attemptedOn;
    }

    public void setAttemptedOn(DateInput attemptedOn) {
      this.attemptedOn = attemptedOn;
    }

    public String getAttemptedAt() {
      return attemptedAt;
    }

    public void setAttemptedAt(String attemptedAt) {
      this.attemptedAt = attemptedAt;
    }

    public ContactOutcome getOutcome() {
      return outcome;
    }

    public void setOutcome(ContactOutcome outcome) {
      this.outcome = outcome;
    }

    public String getVenue() {
      return venue;
    }

    public void setVenue(String venue) {
      this.venue = venue;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }

    public boolean isWithinSafeTimes() {
      return withinSafeTimes;
    }

    public void setWithinSafeTimes(boolean withinSafeTimes) {
      this.withinSafeTimes = withinSafeTimes;
    }
  }

  /** Where contact stands, by the worker's judgement. */
  public static class StatusForm extends VersionedForm {
    private PartnerContactStatus status;
    private DateInput changedOn = new DateInput();

    public PartnerContactStatus getStatus() {
      return status;
    }

    public void setStatus(PartnerContactStatus status) {
      this.status = status;
    }

    public DateInput getChangedOn() {
      return changedOn;
    }

    public void setChangedOn(DateInput changedOn) {
      this.changedOn = changedOn;
    }
  }

  /** Her wishes, views and consents. */
  public static class WishesForm extends VersionedForm {
    private String safeContactTimes;
    private Set<ContactMethod> doNotContactBy = EnumSet.noneOf(ContactMethod.class);
    private Boolean consentToShare;
    private boolean consentToAttendance;
    private String herViewOfSafety;
    private String childrensSafetyView;

    public String getSafeContactTimes() {
      return safeContactTimes;
    }

    public void setSafeContactTimes(String safeContactTimes) {
      this.safeContactTimes = safeContactTimes;
    }

    public Set<ContactMethod> getDoNotContactBy() {
      return doNotContactBy;
    }

    public void setDoNotContactBy(Set<ContactMethod> doNotContactBy) {
      this.doNotContactBy = doNotContactBy;
    }

    public Boolean getConsentToShare() {
      return consentToShare;
    }

    public void setConsentToShare(Boolean consentToShare) {
      this.consentToShare = consentToShare;
    }

    public boolean isConsentToAttendance() {
      return consentToAttendance;
    }

    public void setConsentToAttendance(boolean consentToAttendance) {
      this.consentToAttendance = consentToAttendance;
    }

    public String getHerViewOfSafety() {
      return herViewOfSafety;
    }

    public void setHerViewOfSafety(String herViewOfSafety) {
      this.herViewOfSafety = herViewOfSafety;
    }

    public String getChildrensSafetyView() {
      return childrensSafetyView;
    }

    public void setChildrensSafetyView(String childrensSafetyView) {
      this.childrensSafetyView = childrensSafetyView;
    }
  }

  /** The checklist completed with her. */
  public static class DashForm {
    private DateInput completedOn = new DateInput();
    private Map<String, DashAnswer> answers = new TreeMap<>();
    private String notes;

    public DateInput getCompletedOn() {
      return completedOn;
    }

    public void setCompletedOn(DateInput completedOn) {
      this.completedOn = completedOn;
    }

    public Map<String, DashAnswer> getAnswers() {
      return answers;
    }

    public void setAnswers(Map<String, DashAnswer> answers) {
      this.answers = answers;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }
  }

  /** A new revision of her safety plan. */
  public static class PlanForm {
    private String plan;
    private DateInput reviewOn = new DateInput();
    private long basedOn;

    public String getPlan() {
      return plan;
    }

    public void setPlan(String plan) {
      this.plan = plan;
    }

    public DateInput getReviewOn() {
      return reviewOn;
    }

    public void setReviewOn(DateInput reviewOn) {
      this.reviewOn = reviewOn;
    }

    public long getBasedOn() {
      return basedOn;
    }

    public void setBasedOn(long basedOn) {
      this.basedOn = basedOn;
    }
  }

  /** A referral on for her. */
  public static class ReferralOnForm {
    private ReferralOnService service;
    private DateInput referredOn = new DateInput();
    private String detail;
    private LawfulBasis basis;
    private String basisReason;

    public LawfulBasis getBasis() {
      return basis;
    }

    public void setBasis(LawfulBasis basis) {
      this.basis = basis;
    }

    public String getBasisReason() {
      return basisReason;
    }

    public void setBasisReason(String basisReason) {
      this.basisReason = basisReason;
    }

    public ReferralOnService getService() {
      return service;
    }

    public void setService(ReferralOnService service) {
      this.service = service;
    }

    public DateInput getReferredOn() {
      return referredOn;
    }

    public void setReferredOn(DateInput referredOn) {
      this.referredOn = referredOn;
    }

    public String getDetail() {
      return detail;
    }

    public void setDetail(String detail) {
      this.detail = detail;
    }
  }

  /** One-to-one or telephone work. */
  public static class SessionForm {
    private SupportKind kind;
    private DateInput heldOn = new DateInput();
    private String minutes;
    private String notes;

    public SupportKind getKind() {
      return kind;
    }

    public void setKind(SupportKind kind) {
      this.kind = kind;
    }

    public DateInput getHeldOn() {
      return heldOn;
    }

    public void setHeldOn(DateInput heldOn) {
      this.heldOn = heldOn;
    }

    public String getMinutes() {
      return minutes;
    }

    public void setMinutes(String minutes) {
      this.minutes = minutes;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }
  }

  /** Risk information to share across the wall. */
  public static class ShareForm {
    private DateInput occurredOn = new DateInput();
    private String summary;

    public DateInput getOccurredOn() {
      return occurredOn;
    }

    public void setOccurredOn(DateInput occurredOn) {
      this.occurredOn = occurredOn;
    }

    public String getSummary() {
      return summary;
    }

    public void setSummary(String summary) {
      this.summary = summary;
    }
  }

  /** The letter and pack went. */
  public static class LetterSentForm extends VersionedForm {
    private DateInput sentOn = new DateInput();

    public DateInput getSentOn() {
      return sentOn;
    }

    public void setSentOn(DateInput sentOn) {
      this.sentOn = sentOn;
    }
  }

  /** The service's letter template. */
  public static class TemplateForm extends VersionedForm {
    private String body;

    public String getBody() {
      return body;
    }

    public void setBody(String body) {
      this.body = body;
    }
  }
}
