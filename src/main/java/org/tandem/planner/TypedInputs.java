package org.tandem.planner;

import java.util.ArrayList;
import java.util.List;

/**
 * The planner's inputs as typed: the form read into inputs (each area and assumption, or every
 * problem with the field it concerns, never repeating the value), and inputs written back into a
 * form.
 */
final class TypedInputs {

  private TypedInputs() {}

  /** The form that gives these inputs back, its blank assumptions filled with their defaults. */
  static PlannerForm form(PlannerInputs inputs) {
    PlannerForm form = new PlannerForm();
    for (int i = 0; i < inputs.areas().size(); i++) {
      PlannerArea area = inputs.areas().get(i);
      PlannerForm.AreaRow row = new PlannerForm.AreaRow();
      row.setName(area.name());
      row.setPopulation(Long.toString(area.population()));
      row.setAdultWomen(Long.toString(area.adultWomen()));
      form.getAreas().add(row);
    }
    for (int i = 0; i < inputs.tandemAreas().size() && i < form.getAreas().size(); i++) {
      form.getAreas().get(i).setTandemArea(inputs.tandemAreas().get(i));
    }
    Assumptions a = inputs.assumptions();
    form.setPrevalencePercent(PlannerForm.percent(a.prevalence()));
    form.setNationalPopulation(Long.toString(a.nationalPopulation()));
    form.setCostCriminalJusticeMillions(PlannerForm.millions(a.nationalCosts().criminalJustice()));
    form.setCostHealthCareMillions(PlannerForm.millions(a.nationalCosts().healthCare()));
    form.setCostSocialServicesMillions(PlannerForm.millions(a.nationalCosts().socialServices()));
    form.setCostEmergencyHousingMillions(
        PlannerForm.millions(a.nationalCosts().emergencyHousing()));
    form.setCostCivilLegalMillions(PlannerForm.millions(a.nationalCosts().civilLegal()));
    form.setCostLostOutputMillions(PlannerForm.millions(a.nationalCosts().lostOutput()));
    form.setPopulationPerHundredReferrals(Long.toString(a.populationPerHundredReferrals()));
    form.setReferralsPerWorker(Integer.toString(a.referralsPerWorker()));
    form.setProgrammeSharePercent(PlannerForm.percent(a.programmeShare()));
    form.setMenPerGroupPerYear(Integer.toString(a.menPerGroupPerYear()));
    form.setGroupSize(Integer.toString(a.groupSize()));
    form.setPartnersPerReferral(a.partnersPerReferral().stripTrailingZeros().toPlainString());
    form.setPartnerContactPercent(PlannerForm.percent(a.partnerContactRate()));
    form.setPartnerTakeUpPercent(PlannerForm.percent(a.partnerTakeUpRate()));
    form.setIdvasPerHundredThousandWomen(
        a.idvasPerHundredThousandWomen().stripTrailingZeros().toPlainString());
    form.setMaracsPerHundredThousandWomen(
        a.maracsPerHundredThousandWomen().stripTrailingZeros().toPlainString());
    form.setBudget(
        new ArrayList<>(a.budget().stream().map(l -> Long.toString(l.pounds())).toList()));
    form.setOverheadPercent(PlannerForm.percent(a.overheadRate()));
    form.setSavingPerMan(Long.toString(a.savingPerMan()));
    form.setSavingPerPartner(Long.toString(a.savingPerPartner()));
    form.setSavingPerChild(Long.toString(a.savingPerChild()));
    form.setChildrenPerMan(a.childrenPerMan().stripTrailingZeros().toPlainString());
    return form.fillDefaults();
  }

  /** Reads the form, its blank assumptions already filled with their defaults. */
  static PlannerForm.Reading read(PlannerForm form) {
    TypedNumbers n = new TypedNumbers();
    List<PlannerArea> planned = new ArrayList<>();
    List<String> tandemAreas = new ArrayList<>();
    for (int i = 0; i < form.getAreas().size(); i++) {
      PlannerForm.AreaRow row = form.getAreas().get(i);
      if (row.blank()) {
        continue;
      }
      String at = "areas[" + i + "].";
      String name = PlannerForm.isBlank(row.getName()) ? "Area " + (i + 1) : row.getName().strip();
      if (name.length() > 120) {
        n.problem(at + "name", "The area's name must be 120 characters or fewer");
      }
      Long population =
          n.whole(
              at + "population",
              row.getPopulation(),
              1,
              PlannerForm.MAX_POPULATION,
              "The population");
      Long women =
          n.whole(
              at + "adultWomen",
              row.getAdultWomen(),
              1,
              PlannerForm.MAX_POPULATION,
              "The number of women aged 16 and over");
      if (population != null && women != null && women > population) {
        n.problem(
            at + "adultWomen", "Women aged 16 and over cannot be more than the whole population");
      }
      if (population != null && women != null) {
        planned.add(new PlannerArea(name, population, women));
        tandemAreas.add(
            PlannerForm.isBlank(row.getTandemArea()) ? "" : row.getTandemArea().strip());
      }
    }
    if (planned.size() > PlannerForm.MAX_AREAS) {
      n.problem("areas", "A plan can have at most " + PlannerForm.MAX_AREAS + " areas");
    }
    if (planned.isEmpty() && n.problems.isEmpty()) {
      n.problem("areas[0].population", "Enter the population of at least one area");
      n.problem("areas[0].adultWomen", "Enter the number of women aged 16 and over");
    }
    Assumptions a = assumptions(form, n);
    return n.problems.isEmpty()
        ? new PlannerForm.Reading(
            new PlannerInputs(List.copyOf(planned), a, List.copyOf(tandemAreas)), List.of())
        : new PlannerForm.Reading(null, List.copyOf(n.problems));
  }

  private static Assumptions assumptions(PlannerForm form, TypedNumbers n) {
    Assumptions p = Assumptions.published();
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < p.budget().size(); i++) {
      BudgetLine line = p.budget().get(i);
      Long pounds =
          n.whole("budget[" + i + "]", form.getBudget().get(i), 0, 10_000_000, line.name());
      lines.add(new BudgetLine(line.name(), pounds == null ? 0 : pounds, line.firstYearOnly()));
    }
    Assumptions.NationalCosts costs =
        new Assumptions.NationalCosts(
            n.millions(
                "costCriminalJusticeMillions",
                form.getCostCriminalJusticeMillions(),
                "The cost to criminal justice"),
            n.millions(
                "costHealthCareMillions",
                form.getCostHealthCareMillions(),
                "The cost to health care"),
            n.millions(
                "costSocialServicesMillions",
                form.getCostSocialServicesMillions(),
                "The cost to social services"),
            n.millions(
                "costEmergencyHousingMillions",
                form.getCostEmergencyHousingMillions(),
                "The cost of emergency housing"),
            n.millions(
                "costCivilLegalMillions",
                form.getCostCivilLegalMillions(),
                "The cost of civil legal services"),
            n.millions(
                "costLostOutputMillions",
                form.getCostLostOutputMillions(),
                "Lost economic output"));
    return new Assumptions(
        n.rate(
            "prevalencePercent",
            form.getPrevalencePercent(),
            "The share of women experiencing abuse in a year"),
        orZero(
            n.whole(
                "nationalPopulation",
                form.getNationalPopulation(),
                1_000_000,
                1_000_000_000L,
                "The national population")),
        costs,
        orZero(
            n.whole(
                "populationPerHundredReferrals",
                form.getPopulationPerHundredReferrals(),
                1_000,
                10_000_000,
                "The population for 100 referrals")),
        (int)
            orZero(
                n.whole(
                    "referralsPerWorker",
                    form.getReferralsPerWorker(),
                    1,
                    1_000,
                    "Referrals a worker handles")),
        n.rate(
            "programmeSharePercent",
            form.getProgrammeSharePercent(),
            "The share of referrals through the programme"),
        (int)
            orZero(
                n.whole(
                    "menPerGroupPerYear",
                    form.getMenPerGroupPerYear(),
                    1,
                    200,
                    "Men a group takes through in a year")),
        (int) orZero(n.whole("groupSize", form.getGroupSize(), 1, 30, "The group size")),
        n.decimal(
            "partnersPerReferral",
            form.getPartnersPerReferral(),
            "10",
            "Partners to contact for each man"),
        n.rate(
            "partnerContactPercent",
            form.getPartnerContactPercent(),
            "The share of partners reached"),
        n.rate(
            "partnerTakeUpPercent",
            form.getPartnerTakeUpPercent(),
            "The share of partners taking up support"),
        n.decimal(
            "idvasPerHundredThousandWomen",
            form.getIdvasPerHundredThousandWomen(),
            "1000",
            "IDVAs per 100,000 women"),
        n.decimal(
            "maracsPerHundredThousandWomen",
            form.getMaracsPerHundredThousandWomen(),
            "1000",
            "MARACs per 100,000 women"),
        List.copyOf(lines),
        n.rate("overheadPercent", form.getOverheadPercent(), "The overhead"),
        orZero(
            n.whole("savingPerMan", form.getSavingPerMan(), 0, 10_000_000, "The saving per man")),
        orZero(
            n.whole(
                "savingPerPartner",
                form.getSavingPerPartner(),
                0,
                10_000_000,
                "The saving per partner")),
        orZero(
            n.whole(
                "savingPerChild", form.getSavingPerChild(), 0, 10_000_000, "The saving per child")),
        n.decimal("childrenPerMan", form.getChildrenPerMan(), "20", "Children per man"));
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
