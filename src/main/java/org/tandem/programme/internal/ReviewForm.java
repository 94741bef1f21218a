package org.tandem.programme.internal;

import org.tandem.web.DateInput;
import org.tandem.web.VersionedForm;

/** The programme review page's form, holding what was typed. */
public class ReviewForm extends VersionedForm {
  private DateInput heldOn = new DateInput();
  private String outcome;

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
}
