package org.tandem.programme.internal;

import org.tandem.web.DateInput;

/** The programme review page's form, holding what was typed. */
public class ReviewForm {
  private DateInput heldOn = new DateInput();
  private String outcome;
  private Integer version;

  public DateInput getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(DateInput heldOn) {
    this.heldOn = heldOn;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
