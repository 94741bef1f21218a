package org.tandem.assessment.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.assessment.AssessmentHistory;
import org.tandem.assessment.AssessmentRecord;
import org.tandem.assessment.DisclosedViolence;
import org.tandem.assessment.PoliceEvidence;
import org.tandem.assessment.Viability;
import org.tandem.assessment.ViabilityReason;
import org.tandem.risk.DashAnswer;
import org.tandem.risk.DashScore;
import org.tandem.web.DateInput;
import org.tandem.web.NumberInput;
import org.tandem.web.VersionedForm;

/** The assessment pages' forms, each holding what was typed so a mistake can be shown back. */
final class AssessmentForms {

  private AssessmentForms() {}

  /** One sitting: date, how long, and whether an interpreter was there. */
  public static class SessionForm {
    private DateInput heldOn = new DateInput();
    private String durationMinutes;
    private boolean withInterpreter;

    public DateInput getHeldOn() {
      return heldOn;
    }

    public void setHeldOn(DateInput heldOn) {
      this.heldOn = heldOn;
    }

    public String getDurationMinutes() {
      return durationMinutes;
    }

    public void setDurationMinutes(String durationMinutes) {
      this.durationMinutes = durationMinutes;
    }

    public boolean isWithInterpreter() {
      return withInterpreter;
    }

    public void setWithInterpreter(boolean withInterpreter) {
      this.withInterpreter = withInterpreter;
    }
  }

  /** His history and the dynamic factors. */
  public static class HistoryForm extends VersionedForm {
    private PoliceEvidence policeEvidence;
    private String policeIncidents;
    private DisclosedViolence disclosedViolence;
    private String otherViolence;
    private String alcoholAndDrugs;
    private String childrenExposure;
    private String staticRiskMarkers;
    private Integer denial;
    private Integer minimisation;
    private Integer blame;
    private Integer hostility;
    private Integer empathy;
    private Integer motivation;

    static HistoryForm of(AssessmentRecord a) {
      HistoryForm f = new HistoryForm();
      if (a == null) {
        f.setVersion(0);
        return f;
      }
      f.policeEvidence = a.policeEvidence();
      f.policeIncidents = a.policeIncidents() == null ? null : String.valueOf(a.policeIncidents());
      f.disclosedViolence = a.disclosedViolence();
      f.otherViolence = a.otherViolence();
      f.alcoholAndDrugs = a.alcoholAndDrugs();
      f.childrenExposure = a.childrenExposure();
      f.staticRiskMarkers = a.staticRiskMarkers();
      f.denial = a.denial();
      f.minimisation = a.minimisation();
      f.blame = a.blame();
      f.hostility = a.hostility();
      f.empathy = a.empathy();
      f.motivation = a.motivation();
      f.setVersion(a.version());
      return f;
    }

    /** The history as recorded; an unreadable number of incidents is left out. */
    AssessmentHistory toHistory() {
      return new AssessmentHistory(
          policeEvidence,
          NumberInput.whole(policeIncidents),
          disclosedViolence,
          otherViolence,
          alcoholAndDrugs,
          childrenExposure,
          staticRiskMarkers,
          denial,
          minimisation,
          blame,
          hostility,
          empathy,
          motivation,
          getVersion());
    }

    public PoliceEvidence getPoliceEvidence() {
      return policeEvidence;
    }

    public void setPoliceEvidence(PoliceEvidence policeEvidence) {
      this.policeEvidence = policeEvidence;
    }

    public String getPoliceIncidents() {
      return policeIncidents;
    }

    public void setPoliceIncidents(String policeIncidents) {
      this.policeIncidents = policeIncidents;
    }

    public DisclosedViolence getDisclosedViolence() {
      return disclosedViolence;
    }

    public void setDisclosedViolence(DisclosedViolence disclosedViolence) {
      this.disclosedViolence = disclosedViolence;
    }

    public String getOtherViolence() {
      return otherViolence;
    }

    public void setOtherViolence(String otherViolence) {
      this.otherViolence = otherViolence;
    }

    public String getAlcoholAndDrugs() {
      return alcoholAndDrugs;
    }

    public void setAlcoholAndDrugs(String alcoholAndDrugs) {
      this.alcoholAndDrugs = alcoholAndDrugs;
    }

    public String getChildrenExposure() {
      return childrenExposure;
    }

    public void setChildrenExposure(String childrenExposure) {
      this.childrenExposure = childrenExposure;
    }

    public String getStaticRiskMarkers() {
      return staticRiskMarkers;
    }

    public void setStaticRiskMarkers(String staticRiskMarkers) {
      this.staticRiskMarkers = staticRiskMarkers;
    }

    public Integer getDenial() {
      return denial;
    }

    public void setDenial(Integer denial) {
      this.denial = denial;
    }

    public Integer getMinimisation() {
      return minimisation;
    }

    public void setMinimisation(Integer minimisation) {
      this.minimisation = minimisation;
    }

    public Integer getBlame() {
      return blame;
    }

    public void setBlame(Integer blame) {
      this.blame = blame;
    }

    public Integer getHostility() {
      return hostility;
    }

    public void setHostility(Integer hostility) {
      this.hostility = hostility;
    }

    public Integer getEmpathy() {
      return empathy;
    }

    public void setEmpathy(Integer empathy) {
      this.empathy = empathy;
    }

    public Integer getMotivation() {
      return motivation;
    }

    public void setMotivation(Integer motivation) {
      this.motivation = motivation;
    }
  }

  /** The DASH indicators, keyed "1" to "24", with the worker's judgement. */
  public static class DashForm extends VersionedForm {
    private Map<String, DashAnswer> answers = new LinkedHashMap<>();
    private String judgement;

    static DashForm of(AssessmentRecord a) {
      DashForm f = new DashForm();
      if (a == null) {
        f.setVersion(0);
        return f;
      }
      a.dashAnswers().forEach((n, answer) -> f.answers.put(String.valueOf(n), answer));
      f.judgement = a.dashJudgement();
      f.setVersion(a.version());
      return f;
    }

    /** The answers given to indicators 1 to 24; anything else sent is ignored. */
    Map<Integer, DashAnswer> given() {
      Map<Integer, DashAnswer> given = new LinkedHashMap<>();
      for (int n = 1; n <= DashScore.INDICATORS; n++) {
        DashAnswer answer = answers.get(String.valueOf(n));
        if (answer != null) {
          given.put(n, answer);
        }
      }
      return given;
    }

    public Map<String, DashAnswer> getAnswers() {
      return answers;
    }

    public void setAnswers(Map<String, DashAnswer> answers) {
      this.answers = answers;
    }

    public String getJudgement() {
      return judgement;
    }

    public void setJudgement(String judgement) {
      this.judgement = judgement;
    }
  }

  /** The treatment-viability decision. */
  public static class ViabilityForm extends VersionedForm {
    private Viability viability;
    private ViabilityReason reason;
    private String notes;

    static ViabilityForm of(AssessmentRecord a) {
      ViabilityForm f = new ViabilityForm();
      if (a == null) {
        f.setVersion(0);
        return f;
      }
      f.viability = a.viability();
      f.reason = a.viabilityReason();
      f.notes = a.viabilityNotes();
      f.setVersion(a.version());
      return f;
    }

    public Viability getViability() {
      return viability;
    }

    public void setViability(Viability viability) {
      this.viability = viability;
    }

    public ViabilityReason getReason() {
      return reason;
    }

    public void setReason(ViabilityReason reason) {
      this.reason = reason;
    }

    public String getNotes() {
      return notes;
    }

    public void setNotes(String notes) {
      this.notes = notes;
    }
  }
}
