package org.tandem.planner;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The commissioning planner's arithmetic, in plain Java so that anyone can check it against the
 * published figures: population to need, cost, demand, staff, groups, partners, IDVAs and MARACs,
 * budget and return on investment.
 */
public final class CommissioningPlanner {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
  private static final long PUBLISHED_LOW_POPULATION = 200_000;
  private static final long PUBLISHED_HIGH_POPULATION = 150_000;

  private CommissioningPlanner() {}

  public static Plan plan(List<PlannerArea> areas, Assumptions a) {
    if (areas.isEmpty()) {
      throw new IllegalArgumentException("A plan needs at least one area");
    }
    List<Plan.AreaNeed> needs = areas.stream().map(area -> need(area, a)).toList();
    Plan.AreaNeed total = total(needs, areas.size() == 1 ? needs.get(0).name() : "All areas");
    long population = total.population();

    long referrals = total.expectedReferrals();
    long menThrough = whole(BigDecimal.valueOf(referrals).multiply(a.programmeShare()));
    int groups =
        menThrough == 0 ? 0 : (int) Math.ceil((double) menThrough / a.menPerGroupPerYear());
    Plan.Demand demand =
        new Plan.Demand(
            referrals,
            referralsFor(population, PUBLISHED_LOW_POPULATION),
            referralsFor(population, PUBLISHED_HIGH_POPULATION),
            tenths(BigDecimal.valueOf(referrals), BigDecimal.valueOf(a.referralsPerWorker())),
            tenths(BigDecimal.valueOf(referrals), BigDecimal.valueOf(a.referralsPerWorker())),
            menThrough,
            groups,
            groups * a.groupSize());

    BigDecimal partners = BigDecimal.valueOf(referrals).multiply(a.partnersPerReferral());
    Plan.Partners partnerWork =
        new Plan.Partners(
            whole(partners),
            whole(partners.multiply(a.partnerContactRate())),
            whole(partners.multiply(a.partnerTakeUpRate())));

    BigDecimal women = BigDecimal.valueOf(total.adultWomen());
    Plan.Provision provision =
        new Plan.Provision(
            tenths(women.multiply(a.idvasPerHundredThousandWomen()), HUNDRED_THOUSAND),
            tenths(women.multiply(a.maracsPerHundredThousandWomen()), HUNDRED_THOUSAND));

    Plan.Budget budget = budget(a, referrals);
    Plan.Return roi =
        returnOn(a, menThrough, partnerWork.supported(), budget.firstYearForReferrals());
    return new Plan(needs, total, demand, partnerWork, provision, budget, roi);
  }

  static Plan.AreaNeed need(PlannerArea area, Assumptions a) {
    BigDecimal share =
        BigDecimal.valueOf(area.population())
            .divide(BigDecimal.valueOf(a.nationalPopulation()), 12, RoundingMode.HALF_UP);
    return new Plan.AreaNeed(
        area.name(),
        area.population(),
        area.adultWomen(),
        whole(BigDecimal.valueOf(area.adultWomen()).multiply(a.prevalence())),
        pounds(share.multiply(BigDecimal.valueOf(a.nationalCosts().services()))),
        pounds(share.multiply(BigDecimal.valueOf(a.nationalCosts().lostOutput()))),
        referralsFor(area.population(), a.populationPerHundredReferrals()));
  }

  /** The group's total: the sum of its areas, each figure rounded as the areas' are. */
  private static Plan.AreaNeed total(List<Plan.AreaNeed> needs, String name) {
    return new Plan.AreaNeed(
        name,
        needs.stream().mapToLong(Plan.AreaNeed::population).sum(),
        needs.stream().mapToLong(Plan.AreaNeed::adultWomen).sum(),
        needs.stream().mapToLong(Plan.AreaNeed::womenExperiencingAbuse).sum(),
        needs.stream().map(Plan.AreaNeed::costServices).reduce(BigDecimal.ZERO, BigDecimal::add),
        needs.stream().map(Plan.AreaNeed::costLostOutput).reduce(BigDecimal.ZERO, BigDecimal::add),
        needs.stream().mapToLong(Plan.AreaNeed::expectedReferrals).sum());
  }

  private static Plan.Budget budget(Assumptions a, long referrals) {
    long lines = a.budget().stream().mapToLong(BudgetLine::pounds).sum();
    long recurring =
        a.budget().stream().filter(l -> !l.firstYearOnly()).mapToLong(BudgetLine::pounds).sum();
    long overhead = whole(BigDecimal.valueOf(lines).multiply(a.overheadRate()));
    long firstYear = lines + overhead;
    long later = recurring + whole(BigDecimal.valueOf(recurring).multiply(a.overheadRate()));
    BigDecimal services = BigDecimal.valueOf(referrals).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    return new Plan.Budget(
        List.copyOf(a.budget()),
        lines,
        overhead,
        firstYear,
        later,
        services,
        whole(services.multiply(BigDecimal.valueOf(firstYear))));
  }

  private static Plan.Return returnOn(Assumptions a, long men, long partnersSupported, long cost) {
    long children = whole(BigDecimal.valueOf(men).multiply(a.childrenPerMan()));
    long fromMen = men * a.savingPerMan();
    long fromPartners = partnersSupported * a.savingPerPartner();
    long fromChildren = children * a.savingPerChild();
    BigDecimal perPound =
        cost == 0
            ? null
            : BigDecimal.valueOf(fromMen + fromPartners + fromChildren)
                .divide(BigDecimal.valueOf(cost), 2, RoundingMode.HALF_UP);
    return new Plan.Return(fromMen, fromPartners, fromChildren, children, perPound);
  }

  private static long referralsFor(long population, long populationPerHundred) {
    return whole(
        BigDecimal.valueOf(population)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(populationPerHundred), 6, RoundingMode.HALF_UP));
  }

  private static long whole(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  private static BigDecimal pounds(BigDecimal value) {
    return value.setScale(0, RoundingMode.HALF_UP);
  }

  private static BigDecimal tenths(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, 1, RoundingMode.HALF_UP);
  }
}
