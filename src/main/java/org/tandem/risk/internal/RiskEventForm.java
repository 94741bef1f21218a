package org.tandem.risk.internal;

import org.tandem.risk.RiskEventKind;
import org.tandem.web.DateInput;

/** The risk event page's form, holding what was typed. */
public class RiskEventForm {
  private RiskEventKind kind;
  private DateInput occurredOn = new DateInput();
  private String summary;
  private String source;
  private boolean raisesAlert;

  public RiskEventKind getKind() {
    return kind;
  }

  public void setKind(RiskEventKind kind) {
    this.kind = kind;
  }

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

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public boolean isRaisesAlert() {
    return raisesAlert;
  }

  public void setRaisesAlert(boolean raisesAlert) {
    this.raisesAlert = raisesAlert;
  }
}
