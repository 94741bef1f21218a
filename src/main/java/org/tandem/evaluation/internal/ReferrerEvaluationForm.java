package org.tandem.evaluation.internal;

import org.tandem.evaluation.NewReferrerEvaluation;
import org.tandem.web.DateInput;

/** The referrer's evaluation as typed, kept so that a mistake can be shown back. */
public class ReferrerEvaluationForm {

  private DateInput receivedOn = new DateInput();
  private Integer assessmentUsefulness;
  private Integer reportUsefulness;
  private Integer herSafety;
  private Integer childrensSafety;
  private String comments;

  NewReferrerEvaluation command() {
    return new NewReferrerEvaluation(
        receivedOn.toDate(),
        assessmentUsefulness,
        reportUsefulness,
        herSafety,
        childrensSafety,
        comments);
  }

  public DateInput getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(DateInput receivedOn) {
    this.receivedOn = receivedOn;
  }

  public Integer getAssessmentUsefulness() {
    return assessmentUsefulness;
  }

  public void setAssessmentUsefulness(Integer assessmentUsefulness) {
    this.assessmentUsefulness = assessmentUsefulness;
  }

  public Integer getReportUsefulness() {
    return reportUsefulness;
  }

  public void setReportUsefulness(Integer reportUsefulness) {
    this.reportUsefulness = reportUsefulness;
  }

  public Integer getHerSafety() {
    return herSafety;
  }

  public void setHerSafety(Integer herSafety) {
    this.herSafety = herSafety;
  }

  public Integer getChildrensSafety() {
    return childrensSafety;
  }

  public void setChildrensSafety(Integer childrensSafety) {
    this.childrensSafety = childrensSafety;
  }

  public String getComments() {
    return comments;
  }

  public void setComments(String comments) {
    this.comments = comments;
  }
}
