package org.tandem.risk.internal;

import org.tandem.web.DateInput;
import org.tandem.web.VersionedForm;

/**
 * The MARAC forms, holding what was typed: the reason for a referral on professional judgement, the
 * date a referral was made, or the meeting's date and outcome. Each form uses its own fields.
 */
public class MaracForm extends VersionedForm {
  private String reason;
  private DateInput referredOn = new DateInput();
  private DateInput meetingOn = new DateInput();
  private String meetingOutcome;

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public DateInput getReferredOn() {
    return referredOn;
  }

  public void setReferredOn(DateInput referredOn) {
    this.referredOn = referredOn;
  }

  public DateInput getMeetingOn() {
    return meetingOn;
  }

  public void setMeetingOn(DateInput meetingOn) {
    this.meetingOn = meetingOn;
  }

  public String getMeetingOutcome() {
    return meetingOutcome;
  }

  public void setMeetingOutcome(String meetingOutcome) {
    this.meetingOutcome = meetingOutcome;
  }
}
