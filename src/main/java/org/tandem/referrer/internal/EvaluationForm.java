package org.tandem.referrer.internal;

import java.time.LocalDate;
import org.tandem.evaluation.NewReferrerEvaluation;

/**
 * The referrer's evaluation as they return it online: the same questions as the one intake records
 * from paper, received the day they send it.
 */
public class EvaluationForm {

  private Integer assessmentUsefulness;
  private Integer reportUsefulness;
  private Integer herSafety;
  private Integer childrensSafety;
  private String comments;

  NewReferrerEvaluation command(LocalDate today) {
    return new NewReferrerEvaluation(
        today, assessmentUsefulness, reportUsefulness, herSafety, childrensSafety, comments);
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
