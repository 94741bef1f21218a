package org.tandem.risk.internal;

import org.tandem.referral.RiskLevel;
import org.tandem.web.DateInput;

/** The risk review page's form, holding what was typed. */
public class RiskReviewForm {
  private DateInput heldOn = new DateInput();
  private String attendees;
  private String decisions;
  private RiskLevel riskLevel;
  private DateInput nextReviewOn = new DateInput();

  public DateInput getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(DateInput heldOn) {
    this.heldOn = heldOn;
  }

  public String getAttendees() {
    return attendees;
  }

  public void setAttendees(String attendees) {
    this.attendees = attendees;
  }

  public String getDecisions() {
    return decisions;
  }

  public void setDecisions(String decisions) {
    this.decisions = decisions;
  }

  public RiskLevel getRiskLevel() {
    return riskLevel;
  }

  public void setRiskLevel(RiskLevel riskLevel) {
    this.riskLevel = riskLevel;
  }

  public DateInput getNextReviewOn() {
    return nextReviewOn;
  }

  public void setNextReviewOn(DateInput nextReviewOn) {
    this.nextReviewOn = nextReviewOn;
  }
}
