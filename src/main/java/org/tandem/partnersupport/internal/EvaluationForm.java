package org.tandem.partnersupport.internal;

import org.tandem.partnersupport.EvaluationPoint;
import org.tandem.partnersupport.NewHerEvaluation;
import org.tandem.web.DateInput;

/** Her follow-up evaluation as typed, kept so that a mistake can be shown back. */
public class EvaluationForm {

  private EvaluationPoint point;
  private DateInput completedOn = new DateInput();
  private Integer violence;
  private Integer abusiveBehaviour;
  private Integer feelingSafe;
  private Integer childrensSafety;
  private Integer qualityOfLife;
  private Integer respectfulCommunication;
  private Integer spaceForAction;
  private Integer safetyAndFreedom;
  private Integer sharedParenting;
  private Integer awarenessOfSelf;
  private Integer saferChildhoods;
  private String notes;

  NewHerEvaluation command() {
    return new NewHerEvaluation(
        point,
        completedOn.toDate(),
        violence,
        abusiveBehaviour,
        feelingSafe,
        childrensSafety,
        qualityOfLife,
        respectfulCommunication,
        spaceForAction,
        safetyAndFreedom,
        sharedParenting,
        awarenessOfSelf,
        saferChildhoods,
        notes);
  }

  public EvaluationPoint getPoint() {
    return point;
  }

  public void setPoint(EvaluationPoint point) {
    this.point = point;
  }

  public DateInput getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(DateInput completedOn) {
    this.completedOn = completedOn;
  }

  public Integer getViolence() {
    return violence;
  }

  public void setViolence(Integer violence) {
    this.violence = violence;
  }

  public Integer getAbusiveBehaviour() {
    return abusiveBehaviour;
  }

  public void setAbusiveBehaviour(Integer abusiveBehaviour) {
    this.abusiveBehaviour = abusiveBehaviour;
  }

  public Integer getFeelingSafe() {
    return feelingSafe;
  }

  public void setFeelingSafe(Integer feelingSafe) {
    this.feelingSafe = feelingSafe;
  }

  public Integer getChildrensSafety() {
    return childrensSafety;
  }

  public void setChildrensSafety(Integer childrensSafety) {
    this.childrensSafety = childrensSafety;
  }

  public Integer getQualityOfLife() {
    return qualityOfLife;
  }

  public void setQualityOfLife(Integer qualityOfLife) {
    this.qualityOfLife = qualityOfLife;
  }

  public Integer getRespectfulCommunication() {
    return respectfulCommunication;
  }

  public void setRespectfulCommunication(Integer respectfulCommunication) {
    this.respectfulCommunication = respectfulCommunication;
  }

  public Integer getSpaceForAction() {
    return spaceForAction;
  }

  public void setSpaceForAction(Integer spaceForAction) {
    this.spaceForAction = spaceForAction;
  }

  public Integer getSafetyAndFreedom() {
    return safetyAndFreedom;
  }

  public void setSafetyAndFreedom(Integer safetyAndFreedom) {
    this.safetyAndFreedom = safetyAndFreedom;
  }

  public Integer getSharedParenting() {
    return sharedParenting;
  }

  public void setSharedParenting(Integer sharedParenting) {
    this.sharedParenting = sharedParenting;
  }

  public Integer getAwarenessOfSelf() {
    return awarenessOfSelf;
  }

  public void setAwarenessOfSelf(Integer awarenessOfSelf) {
    this.awarenessOfSelf = awarenessOfSelf;
  }

  public Integer getSaferChildhoods() {
    return saferChildhoods;
  }

  public void setSaferChildhoods(Integer saferChildhoods) {
    this.saferChildhoods = saferChildhoods;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }
}
