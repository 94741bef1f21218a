package org.tandem.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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
  private static final long MAX_POPULATION = 100_000_000L;

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
    PlannerForm form = new PlannerForm();
    for (int i = 0; i < inputs.areas().size(); i++) {
      PlannerArea area = inputs.areas().get(i);
      AreaRow row = new AreaRow();
      row.name = area.name();
      row.population = Long.toString(area.population());
      row.adultWomen = Long.toString(area.adultWomen());
      form.areas.add(row);
    }
    for (int i = 0; i < inputs.tandemAreas().size() && i < form.areas.size(); i++) {
      form.areas.get(i).tandemArea = inputs.tandemAreas().get(i);
    }
    Assumptions a = inputs.assumptions();
    form.prevalencePercent = percent(a.prevalence());
    form.nationalPopulation = Long.toString(a.nationalPopulation());
    form.costCriminalJusticeMillions = millions(a.nationalCosts().criminalJustice());
    form.costHealthCareMillions = millions(a.nationalCosts().healthCare());
    form.costSocialServicesMillions = millions(a.nationalCosts().socialServices());
    form.costEmergencyHousingMillions = millions(a.nationalCosts().emergencyHousing());
    form.costCivilLegalMillions = millions(a.nationalCosts().civilLegal());
    form.costLostOutputMillions = millions(a.nationalCosts().lostOutput());
    form.populationPerHundredReferrals = Long.toString(a.populationPerHundredReferrals());
    form.referralsPerWorker = Integer.toString(a.referralsPerWorker());
    form.programmeSharePercent = percent(a.programmeShare());
    form.menPerGroupPerYear = Integer.toString(a.menPerGroupPerYear());
    form.groupSize = Integer.toString(a.groupSize());
    form.partnersPerReferral = a.partnersPerReferral().stripTrailingZeros().toPlainString();
    form.partnerContactPercent = percent(a.partnerContactRate());
    form.partnerTakeUpPercent = percent(a.partnerTakeUpRate());
    form.idvasPerHundredThousandWomen =
        a.idvasPerHundredThousandWomen().stripTrailingZeros().toPlainString();
    form.maracsPerHundredThousandWomen =
        a.maracsPerHundredThousandWomen().stripTrailingZeros().toPlainString();
    form.budget = new ArrayList<>(a.budget().stream().map(l -> Long.toString(l.pounds())).toList());
    form.overheadPercent = percent(a.overheadRate());
    form.savingPerMan = Long.toString(a.savingPerMan());
    form.savingPerPartner = Long.toString(a.savingPerPartner());
    form.savingPerChild = Long.toString(a.savingPerChild());
    form.childrenPerMan = a.childrenPerMan().stripTrailingZeros().toPlainString();
    return form.fillDefaults();
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

  public Reading read() {
    fillDefaults();
    Numbers n = new Numbers();
    List<PlannerArea> planned = new ArrayList<>();
    List<String> tandemAreas = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      AreaRow row = areas.get(i);
      if (row.blank()) {
        continue;
      }
      String at = "areas[" + i + "].";
      String name = isBlank(row.name) ? "Area " + (i + 1) : row.name.strip();
      if (name.length() > 120) {
        n.problem(at + "name", "The area's name must be 120 characters or fewer");
      }
      Long population =
          n.whole(at + "population", row.population, 1, MAX_POPULATION, "The population");
      Long women =
          n.whole(
              at + "adultWomen",
              row.adultWomen,
              1,
              MAX_POPULATION,
              "The number of women aged 16 and over");
      if (population != null && women != null && women > population) {
        n.problem(
            at + "adultWomen", "Women aged 16 and over cannot be more than the whole population");
      }
      if (population != null && women != null) {
        planned.add(new PlannerArea(name, population, women));
        tandemAreas.add(isBlank(row.tandemArea) ? "" : row.tandemArea.strip());
      }
    }
    if (planned.size() > MAX_AREAS) {
      n.problem("areas", "A plan can have at most " + MAX_AREAS + " areas");
    }
    if (planned.isEmpty() && n.problems.isEmpty()) {
      n.problem("areas[0].population", "Enter the population of at least one area");
      n.problem("areas[0].adultWomen", "Enter the number of women aged 16 and over");
    }
    Assumptions a = assumptions(n);
    return n.problems.isEmpty()
        ? new Reading(
            new PlannerInputs(List.copyOf(planned), a, List.copyOf(tandemAreas)), List.of())
        : new Reading(null, List.copyOf(n.problems));
  }

  private Assumptions assumptions(Numbers n) {
    Assumptions p = Assumptions.published();
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < p.budget().size(); i++) {
      BudgetLine line = p.budget().get(i);
      Long pounds = n.whole("budget[" + i + "]", budget.get(i), 0, 10_000_000, line.name());
      lines.add(new BudgetLine(line.name(), pounds == null ? 0 : pounds, line.firstYearOnly()));
    }
    Assumptions.NationalCosts costs =
        new Assumptions.NationalCosts(
            n.millions(
                "costCriminalJusticeMillions",
                costCriminalJusticeMillions,
                "The cost to criminal justice"),
            n.millions("costHealthCareMillions", costHealthCareMillions, "The cost to health care"),
            n.millions(
                "costSocialServicesMillions",
                costSocialServicesMillions,
                "The cost to social services"),
            n.millions(
                "costEmergencyHousingMillions",
                costEmergencyHousingMillions,
                "The cost of emergency housing"),
            n.millions(
                "costCivilLegalMillions",
                costCivilLegalMillions,
                "The cost of civil legal services"),
            n.millions("costLostOutputMillions", costLostOutputMillions, "Lost economic output"));
    return new Assumptions(
        n.rate(
            "prevalencePercent",
            prevalencePercent,
            "The share of women experiencing abuse in a year"),
        orZero(
            n.whole(
                "nationalPopulation",
                nationalPopulation,
                1_000_000,
                1_000_000_000L,
                "The national population")),
        costs,
        orZero(
            n.whole(
                "populationPerHundredReferrals",
                populationPerHundredReferrals,
                1_000,
                10_000_000,
                "The population for 100 referrals")),
        (int)
            orZero(
                n.whole(
                    "referralsPerWorker",
                    referralsPerWorker,
                    1,
                    1_000,
                    "Referrals a worker handles")),
        n.rate(
            "programmeSharePercent",
            programmeSharePercent,
            "The share of referrals through the programme"),
        (int)
            orZero(
                n.whole(
                    "menPerGroupPerYear",
                    menPerGroupPerYear,
                    1,
                    200,
                    "Men a group takes through in a year")),
        (int) orZero(n.whole("groupSize", groupSize, 1, 30, "The group size")),
        n.decimal(
            "partnersPerReferral", partnersPerReferral, "10", "Partners to contact for each man"),
        n.rate("partnerContactPercent", partnerContactPercent, "The share of partners reached"),
        n.rate(
            "partnerTakeUpPercent",
            partnerTakeUpPercent,
            "The share of partners taking up support"),
        n.decimal(
            "idvasPerHundredThousandWomen",
            idvasPerHundredThousandWomen,
            "1000",
            "IDVAs per 100,000 women"),
        n.decimal(
            "maracsPerHundredThousandWomen",
            maracsPerHundredThousandWomen,
            "1000",
            "MARACs per 100,000 women"),
        List.copyOf(lines),
        n.rate("overheadPercent", overheadPercent, "The overhead"),
        orZero(n.whole("savingPerMan", savingPerMan, 0, 10_000_000, "The saving per man")),
        orZero(
            n.whole("savingPerPartner", savingPerPartner, 0, 10_000_000, "The saving per partner")),
        orZero(n.whole("savingPerChild", savingPerChild, 0, 10_000_000, "The saving per child")),
        n.decimal("childrenPerMan", childrenPerMan, "20", "Children per man"));
  }

  /**
   * Reads typed numbers, noting a problem (never repeating the value) for each that cannot be read.
   */
  private static final class Numbers {
    private final List<FieldProblem> problems = new ArrayList<>();

    void problem(String field, String message) {
      problems.add(new FieldProblem(field, message));
    }

    Long whole(String field, String text, long min, long max, String what) {
      if (isBlank(text)) {
        problem(field, "Enter " + lower(what));
        return null;
      }
      String digits = text.strip().replace(",", "").replace("£", "");
      if (!digits.matches("\\d{1,12}")) {
        problem(field, what + " must be a whole number, like 175000");
        return null;
      }
      long value = Long.parseLong(digits);
      if (value < min || value > max) {
        problem(
            field,
            what
                + " must be between "
                + String.format("%,d", min)
                + " and "
                + String.format("%,d", max));
        return null;
      }
      return value;
    }

    BigDecimal decimal(String field, String text, String max, String what) {
      if (isBlank(text)) {
        problem(field, "Enter " + lower(what));
        return BigDecimal.ZERO;
      }
      try {
        BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
        if (value.signum() < 0 || value.compareTo(new BigDecimal(max)) > 0) {
          problem(field, what + " must be between 0 and " + max);
          return BigDecimal.ZERO;
        }
        return value;
      } catch (NumberFormatException e) {
        problem(field, what + " must be a number, like 1.5");
        return BigDecimal.ZERO;
      }
    }

    BigDecimal rate(String field, String text, String what) {
      BigDecimal percent =
          decimal(
              field, text == null ? null : text.replace("%", ""), "100", what + " (a percentage)");
      // Scale stripped, so a typed 6% and the published 0.06 are the same assumption.
      return percent.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    long millions(String field, String text, String what) {
      BigDecimal m = decimal(field, text, "100000", what + " (in £ million)");
      return m.multiply(BigDecimal.valueOf(1_000_000))
          .setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
    }

    private static String lower(String what) {
      return Character.toLowerCase(what.charAt(0)) + what.substring(1);
    }
  }

  /**
   * Every field as a request parameter, in the order of the form: how a plan travels in a link or
   * in the hidden fields of the form that saves it as a scenario.
   */
  public java.util.Map<String, String> asParameters() {
    java.util.Map<String, String> p = new java.util.LinkedHashMap<>();
    for (int i = 0; i < areas.size(); i++) {
      AreaRow row = areas.get(i);
      p.put("areas[" + i + "].name", nullToEmpty(row.name));
      p.put("areas[" + i + "].population", nullToEmpty(row.population));
      p.put("areas[" + i + "].adultWomen", nullToEmpty(row.adultWomen));
      p.put("areas[" + i + "].tandemArea", nullToEmpty(row.tandemArea));
    }
    p.put("prevalencePercent", nullToEmpty(prevalencePercent));
    p.put("nationalPopulation", nullToEmpty(nationalPopulation));
    p.put("costCriminalJusticeMillions", nullToEmpty(costCriminalJusticeMillions));
    p.put("costHealthCareMillions", nullToEmpty(costHealthCareMillions));
    p.put("costSocialServicesMillions", nullToEmpty(costSocialServicesMillions));
    p.put("costEmergencyHousingMillions", nullToEmpty(costEmergencyHousingMillions));
    p.put("costCivilLegalMillions", nullToEmpty(costCivilLegalMillions));
    p.put("costLostOutputMillions", nullToEmpty(costLostOutputMillions));
    p.put("populationPerHundredReferrals", nullToEmpty(populationPerHundredReferrals));
    p.put("referralsPerWorker", nullToEmpty(referralsPerWorker));
    p.put("programmeSharePercent", nullToEmpty(programmeSharePercent));
    p.put("menPerGroupPerYear", nullToEmpty(menPerGroupPerYear));
    p.put("groupSize", nullToEmpty(groupSize));
    p.put("partnersPerReferral", nullToEmpty(partnersPerReferral));
    p.put("partnerContactPercent", nullToEmpty(partnerContactPercent));
    p.put("partnerTakeUpPercent", nullToEmpty(partnerTakeUpPercent));
    p.put("idvasPerHundredThousandWomen", nullToEmpty(idvasPerHundredThousandWomen));
    p.put("maracsPerHundredThousandWomen", nullToEmpty(maracsPerHundredThousandWomen));
    p.put("overheadPercent", nullToEmpty(overheadPercent));
    p.put("savingPerMan", nullToEmpty(savingPerMan));
    p.put("savingPerPartner", nullToEmpty(savingPerPartner));
    p.put("savingPerChild", nullToEmpty(savingPerChild));
    p.put("childrenPerMan", nullToEmpty(childrenPerMan));
    for (int i = 0; i < budget.size(); i++) {
      p.put("budget[" + i + "]", nullToEmpty(budget.get(i)));
    }
    return p;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String orDefault(String typed, String fallback) {
    return isBlank(typed) ? fallback : typed;
  }

  private static String percent(BigDecimal rate) {
    return rate.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
  }

  private static String millions(long pounds) {
    return BigDecimal.valueOf(pounds)
        .divide(BigDecimal.valueOf(1_000_000))
        .stripTrailingZeros()
        .toPlainString();
  }
}
