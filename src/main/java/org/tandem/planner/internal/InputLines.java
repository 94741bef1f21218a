package org.tandem.planner.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tandem.planner.Assumptions;
import org.tandem.planner.BudgetLine;
import org.tandem.planner.PlannerArea;
import org.tandem.planner.PlannerInputs;
import org.tandem.planner.internal.ScenarioComparison.Kind;
import org.tandem.planner.internal.ScenarioComparison.Line;

/**
 * The input lines of a comparison of two scenarios: each area, each assumption and each budget
 * line, read the same way from both, in the order the planner's form shows them.
 */
final class InputLines {

  private InputLines() {}

  static List<Line> of(PlannerInputs a, PlannerInputs b) {
    List<Line> lines = new ArrayList<>();
    int areas = Math.max(a.areas().size(), b.areas().size());
    for (int i = 0; i < areas; i++) {
      PlannerArea x = i < a.areas().size() ? a.areas().get(i) : null;
      PlannerArea y = i < b.areas().size() ? b.areas().get(i) : null;
      String at = "Area " + (i + 1) + ": ";
      lines.add(
          Line.of(
              "areas[" + i + "].name",
              at + "name",
              Kind.TEXT,
              x == null ? null : x.name(),
              y == null ? null : y.name()));
      lines.add(
          Line.of(
              "areas[" + i + "].population",
              at + "population",
              Kind.COUNT,
              x == null ? null : BigDecimal.valueOf(x.population()),
              y == null ? null : BigDecimal.valueOf(y.population())));
      lines.add(
          Line.of(
              "areas[" + i + "].adultWomen",
              at + "women aged 16 and over",
              Kind.COUNT,
              x == null ? null : BigDecimal.valueOf(x.adultWomen()),
              y == null ? null : BigDecimal.valueOf(y.adultWomen())));
      lines.add(
          Line.of(
              "tandemAreas[" + i + "]",
              at + "compared with Tandem area",
              Kind.TEXT,
              x == null ? null : code(a.tandemAreas(), i),
              y == null ? null : code(b.tandemAreas(), i)));
    }
    Inputs in = new Inputs(lines, a.assumptions(), b.assumptions());
    in.add(
        "prevalence",
        "Women aged 16 and over experiencing domestic abuse in a year",
        Kind.PERCENT,
        Assumptions::prevalence);
    in.add(
        "nationalPopulation",
        "National population the costs are spread over",
        Kind.COUNT,
        x -> BigDecimal.valueOf(x.nationalPopulation()));
    in.add(
        "nationalCosts.criminalJustice",
        "National cost a year: criminal justice",
        Kind.MILLIONS,
        x -> BigDecimal.valueOf(x.nationalCosts().criminalJustice()));
    in.add(
        "nationalCosts.healthCare",
        "National cost a year: health care",
        Kind.MILLIONS,
        x -> BigDecimal.valueOf(x.nationalCosts().healthCare()));
    in.add(
        "nationalCosts.socialServices",
        "National cost a year: social services",
        Kind.MILLIONS,
        x -> BigDecimal.valueOf(x.nationalCosts().socialServices()));
    in.add(
        "nationalCosts.emergencyHousing",
        "National cost a year: emergency housing",
        Kind.MILLIONS,
        x -> BigDecimal.valueOf(x.nationalCosts().emergencyHousing()));
    in.add(
        "nationalCosts.civilLegal",
        "National cost a year: civil legal services",
        Kind.MILLIONS,
        x -> BigDecimal.valueOf(x.nationalCosts().civilLegal()));
    in.add(
        "nationalCosts.lostOutput",
        "National cost a year: lost economic output",
        Kind.MILLIONS,
        x -> BigDecimal.valueOf(x.nationalCosts().lostOutput()));
    in.add(
        "populationPerHundredReferrals",
        "Population giving 100 referrals a year",
        Kind.COUNT,
        x -> BigDecimal.valueOf(x.populationPerHundredReferrals()));
    in.add(
        "referralsPerWorker",
        "Referrals a year one perpetrator worker and one partner-support worker handle",
        Kind.COUNT,
        x -> BigDecimal.valueOf(x.referralsPerWorker()));
    in.add(
        "programmeShare",
        "Referrals who go through the group programme",
        Kind.PERCENT,
        Assumptions::programmeShare);
    in.add(
        "menPerGroupPerYear",
        "Men a weekly group takes through the programme in a year",
        Kind.COUNT,
        x -> BigDecimal.valueOf(x.menPerGroupPerYear()));
    in.add("groupSize", "Men in a group", Kind.COUNT, x -> BigDecimal.valueOf(x.groupSize()));
    in.add(
        "partnersPerReferral",
        "Partners and ex-partners to contact for each man referred",
        Kind.DECIMAL,
        Assumptions::partnersPerReferral);
    in.add(
        "partnerContactRate",
        "Partners the service reaches",
        Kind.PERCENT,
        Assumptions::partnerContactRate);
    in.add(
        "partnerTakeUpRate",
        "Partners taking up ongoing support",
        Kind.PERCENT,
        Assumptions::partnerTakeUpRate);
    in.add(
        "idvasPerHundredThousandWomen",
        "IDVAs per 100,000 women aged 16 and over",
        Kind.DECIMAL,
        Assumptions::idvasPerHundredThousandWomen);
    in.add(
        "maracsPerHundredThousandWomen",
        "MARACs per 100,000 women aged 16 and over",
        Kind.DECIMAL,
        Assumptions::maracsPerHundredThousandWomen);
    int budgetLines = Math.max(a.assumptions().budget().size(), b.assumptions().budget().size());
    for (int i = 0; i < budgetLines; i++) {
      BudgetLine x = line(a.assumptions(), i);
      BudgetLine y = line(b.assumptions(), i);
      BudgetLine named = x != null ? x : y;
      lines.add(
          Line.of(
              "budget[" + i + "]",
              "Budget: " + named.name() + (named.firstYearOnly() ? " (first year only)" : ""),
              Kind.POUNDS,
              x == null ? null : BigDecimal.valueOf(x.pounds()),
              y == null ? null : BigDecimal.valueOf(y.pounds())));
    }
    in.add(
        "overheadRate",
        "General overheads, as a share of the budget lines",
        Kind.PERCENT,
        Assumptions::overheadRate);
    in.add(
        "savingPerMan",
        "Saving to the public purse per man",
        Kind.POUNDS,
        x -> BigDecimal.valueOf(x.savingPerMan()));
    in.add(
        "savingPerPartner",
        "Saving per partner or ex-partner",
        Kind.POUNDS,
        x -> BigDecimal.valueOf(x.savingPerPartner()));
    in.add(
        "savingPerChild",
        "Saving per child",
        Kind.POUNDS,
        x -> BigDecimal.valueOf(x.savingPerChild()));
    in.add(
        "childrenPerMan",
        "Children in the family of each man",
        Kind.DECIMAL,
        Assumptions::childrenPerMan);
    return List.copyOf(lines);
  }

  /** Adds a line for one assumption, read the same way from both scenarios. */
  private record Inputs(List<Line> lines, Assumptions a, Assumptions b) {
    void add(String key, String label, Kind kind, Function<Assumptions, BigDecimal> value) {
      lines.add(Line.of(key, label, kind, value.apply(a), value.apply(b)));
    }
  }

  private static BudgetLine line(Assumptions a, int i) {
    return i < a.budget().size() ? a.budget().get(i) : null;
  }

  /** The Tandem area an area row is set against, one per row ("" for none). */
  private static String code(List<String> codes, int i) {
    String code = codes == null || i >= codes.size() ? "" : codes.get(i);
    return code.isBlank() ? "None" : code;
  }
}
