package org.tandem.planner;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tandem.web.FieldProblem;

/**
 * The planner's inputs as typed, on the page or as API query parameters: every value is kept as
 * text so that a wrong one can be shown back beside its field. Rates are typed as percentages, the
 * national costs in millions of pounds. Blank assumptions take their published default.
 */
public class PlannerForm {

  /** One row of areas: a name, population, adult women (16+) and, optionally, its Tandem area. */
  public static class AreaRow {
    private String name;
    private String population;
    private String adultWomen;
    private String tandemArea;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getPopulation() {
      return population;
    }

    public void setPopulation(String population) {
      this.population = population;
    }

    public String getAdultWomen() {
      return adultWomen;
    }

    public void setAdultWomen(String adultWomen) {
      this.adultWomen = adultWomen;
    }

    public String getTandemArea() {
      return tandemArea;
    }

    public void setTandemArea(String tandemArea) {
      this.tandemArea = tandemArea;
    }

    boolean blank() {
      return isBlank(name) && isBlank(population) && isBlank(adultWomen) && isBlank(tandemArea);
    }
  }

  /** Rows offered on the page; a plan with more areas shows them all. */
  public static final int AREA_ROWS = 4;

  public static final int MAX_AREAS = 20;
  static final long MAX_POPULATION = 100_000_000L;

  private List<AreaRow> areas = new ArrayList<>();
  private String prevalencePercent;
  private String nationalPopulation;
  private String costCriminalJusticeMillions;
  private String costHealthCareMillions;
  private String costSocialServicesMillions;
  private String costEmergencyHousingMillions;
  private String costCivilLegalMillions;
  private String costLostOutputMillions;
  private String populationPerHundredReferrals;
  private String referralsPerWorker;
  private String programmeSharePercent;
  private String menPerGroupPerYear;
  private String groupSize;
  private String partnersPerReferral;
  private String partnerContactPercent;
  private String partnerTakeUpPercent;
  private String idvasPerHundredThousandWomen;
  private String maracsPerHundredThousandWomen;
  private List<String> budget = new ArrayList<>();
  private String overheadPercent;
  private String savingPerMan;
  private String savingPerPartner;
  private String savingPerChild;
  private String childrenPerMan;

  public List<AreaRow> getAreas() {
    return areas;
  }

  public void setAreas(List<AreaRow> areas) {
    this.areas = areas;
  }

  public String getPrevalencePercent() {
    return prevalencePercent;
  }

  public void setPrevalencePercent(String prevalencePercent) {
    this.prevalencePercent = prevalencePercent;
  }

  public String getNationalPopulation() {
    return nationalPopulation;
  }

  public void setNationalPopulation(String nationalPopulation) {
    this.nationalPopulation = nationalPopulation;
  }

  public String getCostCriminalJusticeMillions() {
    return costCriminalJusticeMillions;
  }

  public void setCostCriminalJusticeMillions(String costCriminalJusticeMillions) {
    this.costCriminalJusticeMillions = costCriminalJusticeMillions;
  }

  public String getCostHealthCareMillions() {
    return costHealthCareMillions;
  }

  public void setCostHealthCareMillions(String costHealthCareMillions) {
    this.costHealthCareMillions = costHealthCareMillions;
  }

  public String getCostSocialServicesMillions() {
    return costSocialServicesMillions;
  }

  public void setCostSocialServicesMillions(String costSocialServicesMillions) {
    this.costSocialServicesMillions = costSocialServicesMillions;
  }

  public String getCostEmergencyHousingMillions() {
    return costEmergencyHousingMillions;
  }

  public void setCostEmergencyHousingMillions(String costEmergencyHousingMillions) {
    this.costEmergencyHousingMillions = costEmergencyHousingMillions;
  }

  public String getCostCivilLegalMillions() {
    return costCivilLegalMillions;
  }

  public void setCostCivilLegalMillions(String costCivilLegalMillions) {
    this.costCivilLegalMillions = costCivilLegalMillions;
  }

  public String getCostLostOutputMillions() {
    return costLostOutputMillions;
  }

  public void setCostLostOutputMillions(String costLostOutputMillions) {
    this.costLostOutputMillions = costLostOutputMillions;
  }

  public String getPopulationPerHundredReferrals() {
    return populationPerHundredReferrals;
  }

  public void setPopulationPerHundredReferrals(String populationPerHundredReferrals) {
    this.populationPerHundredReferrals = populationPerHundredReferrals;
  }

  public String getReferralsPerWorker() {
    return referralsPerWorker;
  }

  public void setReferralsPerWorker(String referralsPerWorker) {
    this.referralsPerWorker = referralsPerWorker;
  }

  public String getProgrammeSharePercent() {
    return programmeSharePercent;
  }

  public void setProgrammeSharePercent(String programmeSharePercent) {
    this.programmeSharePercent = programmeSharePercent;
  }

  public String getMenPerGroupPerYear() {
    return menPerGroupPerYear;
  }

  public void setMenPerGroupPerYear(String menPerGroupPerYear) {
    this.menPerGroupPerYear = menPerGroupPerYear;
  }

  public String getGroupSize() {
    return groupSize;
  }

  public void setGroupSize(String groupSize) {
    this.groupSize = groupSize;
  }

  public String getPartnersPerReferral() {
    return partnersPerReferral;
  }

  public void setPartnersPerReferral(String partnersPerReferral) {
    this.partnersPerReferral = partnersPerReferral;
  }

  public String getPartnerContactPercent() {
    return partnerContactPercent;
  }

  public void setPartnerContactPercent(String partnerContactPercent) {
    this.partnerContactPercent = partnerContactPercent;
  }

  public String getPartnerTakeUpPercent() {
    return partnerTakeUpPercent;
  }

  public void setPartnerTakeUpPercent(String partnerTakeUpPercent) {
    this.partnerTakeUpPercent = partnerTakeUpPercent;
  }

  public String getIdvasPerHundredThousandWomen() {
    return idvasPerHundredThousandWomen;
  }

  public void setIdvasPerHundredThousandWomen(String idvasPerHundredThousandWomen) {
    this.idvasPerHundredThousandWomen = idvasPerHundredThousandWomen;
  }

  public String getMaracsPerHundredThousandWomen() {
    return maracsPerHundredThousandWomen;
  }

  public void setMaracsPerHundredThousandWomen(String maracsPerHundredThousandWomen) {
    this.maracsPerHundredThousandWomen = maracsPerHundredThousandWomen;
  }

  public List<String> getBudget() {
    return budget;
  }

  public void setBudget(List<String> budget) {
    this.budget = budget;
  }

  public String getOverheadPercent() {
    return overheadPercent;
  }

  public void setOverheadPercent(String overheadPercent) {
    this.overheadPercent = overheadPercent;
  }

  public String getSavingPerMan() {
    return savingPerMan;
  }

  public void setSavingPerMan(String savingPerMan) {
    this.savingPerMan = savingPerMan;
  }

  public String getSavingPerPartner() {
    return savingPerPartner;
  }

  public void setSavingPerPartner(String savingPerPartner) {
    this.savingPerPartner = savingPerPartner;
  }

  public String getSavingPerChild() {
    return savingPerChild;
  }

  public void setSavingPerChild(String savingPerChild) {
    this.savingPerChild = savingPerChild;
  }

  public String getChildrenPerMan() {
    return childrenPerMan;
  }

  public void setChildrenPerMan(String childrenPerMan) {
    this.childrenPerMan = childrenPerMan;
  }

  /** A form showing the published assumptions and room for {@link #AREA_ROWS} areas. */
  public static PlannerForm withPublishedDefaults() {
    PlannerForm form = new PlannerForm();
    form.fillDefaults();
    return form;
  }

  /** The form that gives these inputs back: how a saved scenario is opened in the planner. */
  public static PlannerForm of(PlannerInputs inputs) {
    return TypedInputs.form(inputs);
  }

  /** Fills every blank assumption with its published default and pads the area rows. */
  public PlannerForm fillDefaults() {
    Assumptions p = Assumptions.published();
    prevalencePercent = orDefault(prevalencePercent, percent(p.prevalence()));
    nationalPopulation = orDefault(nationalPopulation, Long.toString(p.nationalPopulation()));
    costCriminalJusticeMillions =
        orDefault(costCriminalJusticeMillions, millions(p.nationalCosts().criminalJustice()));
    costHealthCareMillions =
        orDefault(costHealthCareMillions, millions(p.nationalCosts().healthCare()));
    costSocialServicesMillions =
        orDefault(costSocialServicesMillions, millions(p.nationalCosts().socialServices()));
    costEmergencyHousingMillions =
        orDefault(costEmergencyHousingMillions, millions(p.nationalCosts().emergencyHousing()));
    costCivilLegalMillions =
        orDefault(costCivilLegalMillions, millions(p.nationalCosts().civilLegal()));
    costLostOutputMillions =
        orDefault(costLostOutputMillions, millions(p.nationalCosts().lostOutput()));
    populationPerHundredReferrals =
        orDefault(populationPerHundredReferrals, Long.toString(p.populationPerHundredReferrals()));
    referralsPerWorker = orDefault(referralsPerWorker, Integer.toString(p.referralsPerWorker()));
    programmeSharePercent = orDefault(programmeSharePercent, percent(p.programmeShare()));
    menPerGroupPerYear = orDefault(menPerGroupPerYear, Integer.toString(p.menPerGroupPerYear()));
    groupSize = orDefault(groupSize, Integer.toString(p.groupSize()));
    partnersPerReferral =
        orDefault(
            partnersPerReferral, p.partnersPerReferral().stripTrailingZeros().toPlainString());
    partnerContactPercent = orDefault(partnerContactPercent, percent(p.partnerContactRate()));
    partnerTakeUpPercent = orDefault(partnerTakeUpPercent, percent(p.partnerTakeUpRate()));
    idvasPerHundredThousandWomen =
        orDefault(idvasPerHundredThousandWomen, p.idvasPerHundredThousandWomen().toPlainString());
    maracsPerHundredThousandWomen =
        orDefault(maracsPerHundredThousandWomen, p.maracsPerHundredThousandWomen().toPlainString());
    List<String> amounts = new ArrayList<>();
    for (int i = 0; i < p.budget().size(); i++) {
      String typed = i < budget.size() ? budget.get(i) : null;
      amounts.add(orDefault(typed, Long.toString(p.budget().get(i).pounds())));
    }
    budget = amounts;
    overheadPercent = orDefault(overheadPercent, percent(p.overheadRate()));
    savingPerMan = orDefault(savingPerMan, Long.toString(p.savingPerMan()));
    savingPerPartner = orDefault(savingPerPartner, Long.toString(p.savingPerPartner()));
    savingPerChild = orDefault(savingPerChild, Long.toString(p.savingPerChild()));
    childrenPerMan =
        orDefault(childrenPerMan, p.childrenPerMan().stripTrailingZeros().toPlainString());
    while (areas.size() < AREA_ROWS) {
      areas.add(new AreaRow());
    }
    return this;
  }

  /** What reading the form gave: the inputs, or every problem with the field it concerns. */
  public record Reading(PlannerInputs inputs, List<FieldProblem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** Reads the form, its problems in English. */
  public Reading read() {
    return read(Locale.ROOT);
  }

  /** Reads the form, its problems in the language of this locale. */
  public Reading read(Locale locale) {
    fillDefaults();
    return TypedInputs.read(this, locale);
  }

  /**
   * Every field as a request parameter, in the order of the form: how a plan travels in a link or
   * in the hidden fields of the form that saves it as a scenario.
   */
  public java.util.Map<String, String> asParameters() {
    return PlanParameters.of(this);
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String orDefault(String typed, String fallback) {
    return isBlank(typed) ? fallback : typed;
  }

  static String percent(BigDecimal rate) {
    return rate.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
  }

  static String millions(long pounds) {
    return BigDecimal.valueOf(pounds)
        .divide(BigDecimal.valueOf(1_000_000))
        .stripTrailingZeros()
        .toPlainString();
  }
}
