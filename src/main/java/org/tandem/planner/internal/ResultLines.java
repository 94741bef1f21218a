package org.tandem.planner.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.tandem.planner.Plan;
import org.tandem.planner.internal.ScenarioComparison.Kind;
import org.tandem.planner.internal.ScenarioComparison.Line;

/**
 * The result lines of a comparison of two scenarios: each area's need, then what the plan costs,
 * provides and returns, read the same way from both plans.
 */
final class ResultLines {

  private ResultLines() {}

  static List<Line> of(Plan a, Plan b) {
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

  /** Adds a line for one result, read the same way from both plans. */
  private record Results(List<Line> lines, Plan a, Plan b) {
    void add(String key, String label, Kind kind, Function<Plan, BigDecimal> value) {
      lines.add(Line.of(key, label, kind, value.apply(a), value.apply(b)));
    }
  }
}
