package org.tandem.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
  static PlannerForm.Reading read(PlannerForm form, Locale locale) {
    TypedNumbers n = new TypedNumbers(PlannerWording.in(locale));
    List<PlannerArea> planned = new ArrayList<>();
    List<String> tandemAreas = new ArrayList<>();
    for (int i = 0; i < form.getAreas().size(); i++) {
      PlannerForm.AreaRow row = form.getAreas().get(i);
      if (row.blank()) {
        continue;
      }
      String at = "areas[" + i + "].";
      String name =
          PlannerForm.isBlank(row.getName())
              ? n.said("planner.areaNumbered", i + 1)
              : row.getName().strip();
      if (name.length() > 120) {
        n.problemSaid(at + "name", "planner.problem.areaName");
      }
      Long population =
          n.whole(
              at + "population",
              row.getPopulation(),
              1,
              PlannerForm.MAX_POPULATION,
              "planner.what.population");
      Long women =
          n.whole(
              at + "adultWomen",
              row.getAdultWomen(),
              1,
              PlannerForm.MAX_POPULATION,
              "planner.what.adultWomen");
      if (population != null && women != null && women > population) {
        n.problemSaid(at + "adultWomen", "planner.problem.womenOverPopulation");
      }
      if (population != null && women != null) {
        planned.add(new PlannerArea(name, population, women));
        tandemAreas.add(
            PlannerForm.isBlank(row.getTandemArea()) ? "" : row.getTandemArea().strip());
      }
    }
    if (planned.size() > PlannerForm.MAX_AREAS) {
      n.problemSaid("areas", "planner.problem.tooManyAreas", PlannerForm.MAX_AREAS);
    }
    if (planned.isEmpty() && n.problems.isEmpty()) {
      n.problemSaid("areas[0].population", "planner.problem.noArea");
      n.problemSaid("areas[0].adultWomen", "planner.problem.noWomen");
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
          n.whole(
              "budget[" + i + "]",
              form.getBudget().get(i),
              0,
              10_000_000,
              "planner.budgetLine." + i);
      lines.add(new BudgetLine(line.name(), pounds == null ? 0 : pounds, line.firstYearOnly()));
    }
    Assumptions.NationalCosts costs =
        new Assumptions.NationalCosts(
            n.millions(
                "costCriminalJusticeMillions",
                form.getCostCriminalJusticeMillions(),
                "planner.what.costCriminalJustice"),
            n.millions(
                "costHealthCareMillions",
                form.getCostHealthCareMillions(),
                "planner.what.costHealthCare"),
            n.millions(
                "costSocialServicesMillions",
                form.getCostSocialServicesMillions(),
                "planner.what.costSocialServices"),
            n.millions(
                "costEmergencyHousingMillions",
                form.getCostEmergencyHousingMillions(),
                "planner.what.costEmergencyHousing"),
            n.millions(
                "costCivilLegalMillions",
                form.getCostCivilLegalMillions(),
                "planner.what.costCivilLegal"),
            n.millions(
                "costLostOutputMillions",
                form.getCostLostOutputMillions(),
                "planner.what.costLostOutput"));
    return new Assumptions(
        n.rate("prevalencePercent", form.getPrevalencePercent(), "planner.what.prevalence"),
        orZero(
            n.whole(
                "nationalPopulation",
                form.getNationalPopulation(),
                1_000_000,
                1_000_000_000L,
                "planner.what.nationalPopulation")),
        costs,
        orZero(
            n.whole(
                "populationPerHundredReferrals",
                form.getPopulationPerHundredReferrals(),
                1_000,
                10_000_000,
                "planner.what.populationPerHundredReferrals")),
        (int)
            orZero(
                n.whole(
                    "referralsPerWorker",
                    form.getReferralsPerWorker(),
                    1,
                    1_000,
                    "planner.what.referralsPerWorker")),
        n.rate(
            "programmeSharePercent",
            form.getProgrammeSharePercent(),
            "planner.what.programmeShare"),
        (int)
            orZero(
                n.whole(
                    "menPerGroupPerYear",
                    form.getMenPerGroupPerYear(),
                    1,
                    200,
                    "planner.what.menPerGroupPerYear")),
        (int) orZero(n.whole("groupSize", form.getGroupSize(), 1, 30, "planner.what.groupSize")),
        n.decimal(
            "partnersPerReferral",
            form.getPartnersPerReferral(),
            "10",
            "planner.what.partnersPerReferral"),
        n.rate(
            "partnerContactPercent",
            form.getPartnerContactPercent(),
            "planner.what.partnerContact"),
        n.rate(
            "partnerTakeUpPercent", form.getPartnerTakeUpPercent(), "planner.what.partnerTakeUp"),
        n.decimal(
            "idvasPerHundredThousandWomen",
            form.getIdvasPerHundredThousandWomen(),
            "1000",
            "planner.what.idvas"),
        n.decimal(
            "maracsPerHundredThousandWomen",
            form.getMaracsPerHundredThousandWomen(),
            "1000",
            "planner.what.maracs"),
        List.copyOf(lines),
        n.rate("overheadPercent", form.getOverheadPercent(), "planner.what.overhead"),
        orZero(
            n.whole(
                "savingPerMan",
                form.getSavingPerMan(),
                0,
                10_000_000,
                "planner.what.savingPerMan")),
        orZero(
            n.whole(
                "savingPerPartner",
                form.getSavingPerPartner(),
                0,
                10_000_000,
                "planner.what.savingPerPartner")),
        orZero(
            n.whole(
                "savingPerChild",
                form.getSavingPerChild(),
                0,
                10_000_000,
                "planner.what.savingPerChild")),
        n.decimal("childrenPerMan", form.getChildrenPerMan(), "20", "planner.what.childrenPerMan"));
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
