package org.tandem.planner.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.tandem.planner.Assumptions;
import org.tandem.planner.BudgetLine;
import org.tandem.planner.Plan;
import org.tandem.planner.PlannerArea;
import org.tandem.planner.PlannerInputs;

/**
 * Two scenarios side by side: every input, marked where the two differ, and every result. The page,
 * the PDF, the spreadsheet and the API all show these same lines, so they cannot disagree. Money is
 * in pounds and rates are shares (0.06), whatever the line is shown as.
 */
record ScenarioComparison(Side a, Side b, List<Line> inputs, List<Line> results) {

  /** Which scenario a side is. */
  record Side(long id, String name, String createdBy, OffsetDateTime createdAt) {
    static Side of(Scenario s) {
      return new Side(s.id(), s.name(), s.createdBy(), s.createdAt());
    }
  }

  /** How a line's values are shown: the unit, and how finely. */
  enum Kind {
    TEXT,
    COUNT,
    TENTHS,
    DECIMAL,
    POUNDS,
    MILLIONS,
    PERCENT,
    PER_POUND
  }

  /**
   * One figure in both scenarios. A value is a number, text, or null where a scenario does not have
   * it (an area only the other one plans for).
   */
  record Line(String key, String label, Kind kind, Object a, Object b, boolean differs) {

    static Line of(String key, String label, Kind kind, Object a, Object b) {
      return new Line(key, label, kind, a, b, !same(a, b));
    }

    /** The line's key as an HTML id: {@code areas[0].name} becomes {@code areas-0-name}. */
    public String id() {
      return key.replace("[", "-").replace("]", "").replace('.', '-');
    }

    public String shownA() {
      return show(kind, a);
    }

    public String shownB() {
      return show(kind, b);
    }

    /** B less A, when both are numbers. */
    public BigDecimal difference() {
      return a instanceof BigDecimal x && b instanceof BigDecimal y ? y.subtract(x) : null;
    }

    public String shownDifference() {
      BigDecimal d = difference();
      if (d == null) {
        return differs ? "Differs" : "Same";
      }
      if (d.signum() == 0) {
        return "No difference";
      }
      String sign = d.signum() > 0 ? "+" : "\u2212";
      if (kind == Kind.PERCENT) {
        return sign + number("#,##0.##", d.abs().movePointRight(2)) + " percentage points";
      }
      return sign + show(kind, d.abs());
    }

    private static boolean same(Object a, Object b) {
      if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
        return x.compareTo(y) == 0;
      }
      return a == null ? b == null : a.equals(b);
    }
  }

  public long inputsDiffering() {
    return inputs.stream().filter(Line::differs).count();
  }

  static ScenarioComparison of(Scenario a, Scenario b) {
    return new ScenarioComparison(
        Side.of(a),
        Side.of(b),
        inputLines(a.inputs(), b.inputs()),
        resultLines(a.plan(), b.plan()));
  }

  private static List<Line> inputLines(PlannerInputs a, PlannerInputs b) {
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

  private static List<Line> resultLines(Plan a, Plan b) {
    List<Line> lines = new ArrayList<>();
    int areas = Math.max(a.areas().size(), b.areas().size());
    if (areas > 1) {
      for (int i = 0; i < areas; i++) {
        Plan.AreaNeed x = i < a.areas().size() ? a.areas().get(i) : null;
        Plan.AreaNeed y = i < b.areas().size() ? b.areas().get(i) : null;
        String at = "Area " + (i + 1) + ": ";
        lines.add(
            Line.of(
                "areas[" + i + "].womenExperiencingAbuse",
                at + "women experiencing domestic abuse in a year",
                Kind.COUNT,
                x == null ? null : BigDecimal.valueOf(x.womenExperiencingAbuse()),
                y == null ? null : BigDecimal.valueOf(y.womenExperiencingAbuse())));
        lines.add(
            Line.of(
                "areas[" + i + "].costTotal",
                at + "cost of domestic abuse",
                Kind.MILLIONS,
                x == null ? null : x.costTotal(),
                y == null ? null : y.costTotal()));
        lines.add(
            Line.of(
                "areas[" + i + "].expectedReferrals",
                at + "expected referrals a year",
                Kind.COUNT,
                x == null ? null : BigDecimal.valueOf(x.expectedReferrals()),
                y == null ? null : BigDecimal.valueOf(y.expectedReferrals())));
      }
    }
    Results r = new Results(lines, a, b);
    r.add(
        "womenExperiencingAbuse",
        "Women experiencing domestic abuse in a year",
        Kind.COUNT,
        p -> BigDecimal.valueOf(p.total().womenExperiencingAbuse()));
    r.add(
        "costServices",
        "Cost of domestic abuse to services",
        Kind.MILLIONS,
        p -> p.total().costServices());
    r.add(
        "costLostOutput",
        "Cost of domestic abuse in lost economic output",
        Kind.MILLIONS,
        p -> p.total().costLostOutput());
    r.add(
        "costTotal",
        "Total cost of domestic abuse to the area",
        Kind.MILLIONS,
        p -> p.total().costTotal());
    r.add(
        "referrals",
        "Expected referrals a year",
        Kind.COUNT,
        p -> BigDecimal.valueOf(p.demand().referrals()));
    r.add(
        "referralsLow",
        "Referrals at 100 a year per 200,000 population",
        Kind.COUNT,
        p -> BigDecimal.valueOf(p.demand().referralsLow()));
    r.add(
        "referralsHigh",
        "Referrals at 100 a year per 150,000 population",
        Kind.COUNT,
        p -> BigDecimal.valueOf(p.demand().referralsHigh()));
    r.add(
        "perpetratorWorkers",
        "Perpetrator workers (full time)",
        Kind.TENTHS,
        p -> p.demand().perpetratorWorkers());
    r.add(
        "partnerSupportWorkers",
        "Partner-support workers (full time)",
        Kind.TENTHS,
        p -> p.demand().partnerSupportWorkers());
    r.add("groups", "Weekly groups", Kind.COUNT, p -> BigDecimal.valueOf(p.demand().groups()));
    r.add("places", "Group places", Kind.COUNT, p -> BigDecimal.valueOf(p.demand().places()));
    r.add(
        "menThroughProgramme",
        "Men through the group programme in a year",
        Kind.COUNT,
        p -> BigDecimal.valueOf(p.demand().menThroughProgramme()));
    r.add(
        "partnersToContact",
        "Partners and ex-partners to contact",
        Kind.COUNT,
        p -> BigDecimal.valueOf(p.partners().toContact()));
    r.add(
        "partnersReached",
        "Partners reached",
        Kind.COUNT,
        p -> BigDecimal.valueOf(p.partners().reached()));
    r.add(
        "partnersSupported",
        "Partners taking up ongoing support",
        Kind.COUNT,
        p -> BigDecimal.valueOf(p.partners().supported()));
    r.add("idvas", "IDVAs needed", Kind.TENTHS, p -> p.provision().idvas());
    r.add("maracs", "MARACs needed", Kind.TENTHS, p -> p.provision().maracs());
    r.add(
        "budgetLinesTotal",
        "Budget lines, first year (a service of 100 referrals)",
        Kind.POUNDS,
        p -> BigDecimal.valueOf(p.budget().linesTotal()));
    r.add(
        "budgetOverhead",
        "General overheads, first year",
        Kind.POUNDS,
        p -> BigDecimal.valueOf(p.budget().overhead()));
    r.add(
        "budgetFirstYear",
        "Budget, first year (a service of 100 referrals)",
        Kind.POUNDS,
        p -> BigDecimal.valueOf(p.budget().firstYearTotal()));
    r.add(
        "budgetLaterYears",
        "Budget, each later year (a service of 100 referrals)",
        Kind.POUNDS,
        p -> BigDecimal.valueOf(p.budget().laterYears()));
    r.add(
        "servicesNeeded",
        "Services of 100 referrals a year needed",
        Kind.DECIMAL,
        p -> p.budget().servicesNeeded());
    r.add(
        "firstYearForReferrals",
        "First-year cost for the expected referrals",
        Kind.POUNDS,
        p -> BigDecimal.valueOf(p.budget().firstYearForReferrals()));
    r.add(
        "savingFromMen",
        "Saving to the public purse from the men",
        Kind.POUNDS,
        p -> BigDecimal.valueOf(p.returnOnInvestment().savingFromMen()));
    r.add(
        "savingFromPartners",
        "Saving from partners and ex-partners",
        Kind.POUNDS,
        p -> BigDecimal.valueOf(p.returnOnInvestment().savingFromPartners()));
    r.add(
        "children",
        "Children in the men's families",
        Kind.COUNT,
        p -> BigDecimal.valueOf(p.returnOnInvestment().children()));
    r.add(
        "savingFromChildren",
        "Saving from the children",
        Kind.POUNDS,
        p -> BigDecimal.valueOf(p.returnOnInvestment().savingFromChildren()));
    r.add(
        "saving",
        "Total saving to the public purse in a year",
        Kind.POUNDS,
        p -> BigDecimal.valueOf(p.returnOnInvestment().saving()));
    r.add(
        "perPound",
        "Saving for every £1 of the first-year cost",
        Kind.PER_POUND,
        p -> p.returnOnInvestment().perPound());
    return List.copyOf(lines);
  }

  /** Adds a line for one assumption, read the same way from both scenarios. */
  private record Inputs(List<Line> lines, Assumptions a, Assumptions b) {
    void add(String key, String label, Kind kind, Function<Assumptions, BigDecimal> value) {
      lines.add(Line.of(key, label, kind, value.apply(a), value.apply(b)));
    }
  }

  /** Adds a line for one result, read the same way from both plans. */
  private record Results(List<Line> lines, Plan a, Plan b) {
    void add(String key, String label, Kind kind, Function<Plan, BigDecimal> value) {
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

  /** A value as the page and the PDF show it, in the UK's way of writing numbers. */
  static String show(Kind kind, Object value) {
    if (value == null) {
      // A return needs a cost to divide by; any other missing value is an area only one has.
      return kind == Kind.PER_POUND ? "Not worked out: no cost" : "Not in this scenario";
    }
    if (!(value instanceof BigDecimal n)) {
      return value.toString();
    }
    return switch (kind) {
      case TEXT -> n.toPlainString();
      case COUNT -> number("#,##0", n);
      case TENTHS -> number("#,##0.0", n);
      case DECIMAL -> number("#,##0.##", n);
      case POUNDS -> "£" + number("#,##0", n);
      case MILLIONS -> "£" + number("#,##0.#", n.movePointLeft(6)) + " million";
      case PERCENT -> number("#,##0.##", n.movePointRight(2)) + "%";
      case PER_POUND -> "£" + number("#,##0.00", n);
    };
  }

  private static String number(String pattern, BigDecimal n) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(n);
  }
}
