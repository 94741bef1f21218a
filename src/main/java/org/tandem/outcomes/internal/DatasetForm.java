package org.tandem.outcomes.internal;

import org.tandem.web.DateInput;

/** The national dataset page's form, holding what was typed so a mistake is shown as entered. */
public class DatasetForm {

  private String area = "";
  private DateInput from = new DateInput();
  private DateInput to = new DateInput();
  private String format;

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area == null ? "" : area;
  }

  public DateInput getFrom() {
    return from;
  }

  public void setFrom(DateInput from) {
    this.from = from;
  }

  public DateInput getTo() {
    return to;
  }

  public void setTo(DateInput to) {
    this.to = to;
  }

  /** csv or json once a download button was pressed; null when the page is first opened. */
  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }
}
