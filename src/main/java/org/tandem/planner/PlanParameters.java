package org.tandem.planner;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every field of the planner's form as a request parameter, in the order of the form: how a plan
 * travels in a link or in the hidden fields of the form that saves it as a scenario.
 */
final class PlanParameters {

  private PlanParameters() {}

  static Map<String, String> of(PlannerForm form) {
    Map<String, String> p = new LinkedHashMap<>();
    for (int i = 0; i < form.getAreas().size(); i++) {
      PlannerForm.AreaRow row = form.getAreas().get(i);
      p.put("areas[" + i + "].name", nullToEmpty(row.getName()));
      p.put("areas[" + i + "].population", nullToEmpty(row.getPopulation()));
      p.put("areas[" + i + "].adultWomen", nullToEmpty(row.getAdultWomen()));
      p.put("areas[" + i + "].tandemArea", nullToEmpty(row.getTandemArea()));
    }
    p.put("prevalencePercent", nullToEmpty(form.getPrevalencePercent()));
    p.put("nationalPopulation", nullToEmpty(form.getNationalPopulation()));
    p.put("costCriminalJusticeMillions", nullToEmpty(form.getCostCriminalJusticeMillions()));
    p.put("costHealthCareMillions", nullToEmpty(form.getCostHealthCareMillions()));
    p.put("costSocialServicesMillions", nullToEmpty(form.getCostSocialServicesMillions()));
    p.put("costEmergencyHousingMillions", nullToEmpty(form.getCostEmergencyHousingMillions()));
    p.put("costCivilLegalMillions", nullToEmpty(form.getCostCivilLegalMillions()));
    p.put("costLostOutputMillions", nullToEmpty(form.getCostLostOutputMillions()));
    p.put("populationPerHundredReferrals", nullToEmpty(form.getPopulationPerHundredReferrals()));
    p.put("referralsPerWorker", nullToEmpty(form.getReferralsPerWorker()));
    p.put("programmeSharePercent", nullToEmpty(form.getProgrammeSharePercent()));
    p.put("menPerGroupPerYear", nullToEmpty(form.getMenPerGroupPerYear()));
    p.put("groupSize", nullToEmpty(form.getGroupSize()));
    p.put("partnersPerReferral", nullToEmpty(form.getPartnersPerReferral()));
    p.put("partnerContactPercent", nullToEmpty(form.getPartnerContactPercent()));
    p.put("partnerTakeUpPercent", nullToEmpty(form.getPartnerTakeUpPercent()));
    p.put("idvasPerHundredThousandWomen", nullToEmpty(form.getIdvasPerHundredThousandWomen()));
    p.put("maracsPerHundredThousandWomen", nullToEmpty(form.getMaracsPerHundredThousandWomen()));
    p.put("overheadPercent", nullToEmpty(form.getOverheadPercent()));
    p.put("savingPerMan", nullToEmpty(form.getSavingPerMan()));
    p.put("savingPerPartner", nullToEmpty(form.getSavingPerPartner()));
    p.put("savingPerChild", nullToEmpty(form.getSavingPerChild()));
    p.put("childrenPerMan", nullToEmpty(form.getChildrenPerMan()));
    for (int i = 0; i < form.getBudget().size(); i++) {
      p.put("budget[" + i + "]", nullToEmpty(form.getBudget().get(i)));
    }
    return p;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
