package org.tandem.partnersupport;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One of her follow-up evaluations as recorded. A rating of 0 ({@link NewHerEvaluation#NOT_ASKED})
 * means not asked, or for her children's safety that she has no children.
 */
public record HerEvaluation(
    EvaluationPoint point,
    LocalDate completedOn,
    int violence,
    int abusiveBehaviour,
    int feelingSafe,
    int childrensSafety,
    int qualityOfLife,
    int respectfulCommunication,
    int spaceForAction,
    int safetyAndFreedom,
    int sharedParenting,
    int awarenessOfSelf,
    int saferChildhoods,
    String notes,
    String recordedBy) {

  /** Her own ratings by measure, in the order she is asked. */
  public Map<SelfReportMeasure, Integer> selfReport() {
    Map<SelfReportMeasure, Integer> m = new LinkedHashMap<>();
    m.put(SelfReportMeasure.VIOLENCE, violence);
    m.put(SelfReportMeasure.ABUSIVE_BEHAVIOUR, abusiveBehaviour);
    m.put(SelfReportMeasure.FEELING_SAFE, feelingSafe);
    m.put(SelfReportMeasure.CHILDRENS_SAFETY, childrensSafety);
    m.put(SelfReportMeasure.QUALITY_OF_LIFE, qualityOfLife);
    return m;
  }

  /** The Mirabal measures by measure, in the order they are asked. */
  public Map<MirabalMeasure, Integer> mirabal() {
    Map<MirabalMeasure, Integer> m = new LinkedHashMap<>();
    m.put(MirabalMeasure.RESPECTFUL_COMMUNICATION, respectfulCommunication);
    m.put(MirabalMeasure.SPACE_FOR_ACTION, spaceForAction);
    m.put(MirabalMeasure.SAFETY_AND_FREEDOM, safetyAndFreedom);
    m.put(MirabalMeasure.SHARED_PARENTING, sharedParenting);
    m.put(MirabalMeasure.AWARENESS_OF_SELF, awarenessOfSelf);
    m.put(MirabalMeasure.SAFER_CHILDHOODS, saferChildhoods);
    return m;
  }
}
