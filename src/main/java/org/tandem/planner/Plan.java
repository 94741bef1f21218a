package org.tandem.planner;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the planner works out for one area or a group of areas. Counts of people are whole numbers;
 * staff, IDVAs and MARACs are to one decimal place; money is in pounds.
 */
public record Plan(
    List<AreaNeed> areas,
    AreaNeed total,
    Demand demand,
    Partners partners,
    Provision provision,
    Budget budget,
    Return returnOnInvestment) {

  /**
   * Need and cost in one area (or the total of the group).
   *
   * @param womenExperiencingAbuse adult women experiencing domestic abuse in a year
   * @param costServices the area's share of the national cost to services, in pounds
   * @param costLostOutput its share of lost economic output, in pounds
   */
  public record AreaNeed(
      String name,
      long population,
      long adultWomen,
      long womenExperiencingAbuse,
      BigDecimal costServices,
      BigDecimal costLostOutput,
      long expectedReferrals) {

    public BigDecimal costTotal() {
      return costServices.add(costLostOutput);
    }

    /**
     * The same costs in millions of pounds, to two decimal places, as the published tables give
     * them.
     */
    public BigDecimal costServicesMillions() {
      return millions(costServices);
    }

    public BigDecimal costLostOutputMillions() {
      return millions(costLostOutput);
    }

    public BigDecimal costTotalMillions() {
      return millions(costTotal());
    }

    private static BigDecimal millions(BigDecimal pounds) {
      return pounds.divide(BigDecimal.valueOf(1_000_000), 2, java.math.RoundingMode.HALF_UP);
    }
  }

  /**
   * Referrals expected, and the programme they need.
   *
   * @param referralsLow at 100 referrals per 200,000 population
   * @param referralsHigh at 100 referrals per 150,000 population
   * @param groups weekly groups needed to take those men through in a year
   */
  public record Demand(
      long referrals,
      long referralsLow,
      long referralsHigh,
      BigDecimal perpetratorWorkers,
      BigDecimal partnerSupportWorkers,
      long menThroughProgramme,
      int groups,
      int places) {}

  /** Partners and ex-partners: to contact, reached, taking up ongoing support. */
  public record Partners(long toContact, long reached, long supported) {}

  /** IDVAs and MARACs the area's adult women need. */
  public record Provision(BigDecimal idvas, BigDecimal maracs) {}

  /**
   * The first-year budget of a service of 100 referrals, its overhead computed, and the cost for
   * the expected referrals.
   *
   * @param servicesNeeded services of 100 referrals a year the expected referrals need
   * @param laterYears a year's cost without the first-year-only lines, overhead included
   */
  public record Budget(
      List<BudgetLine> lines,
      long linesTotal,
      long overhead,
      long firstYearTotal,
      long laterYears,
      BigDecimal servicesNeeded,
      long firstYearForReferrals) {}

  /**
   * The saving to the public purse from the men, partners and children the service reaches in a
   * year, against its first-year cost.
   *
   * @param perPound saving for every pound of the first-year cost, to two decimal places; null when
   *     there is no cost
   */
  public record Return(
      long savingFromMen,
      long savingFromPartners,
      long savingFromChildren,
      long children,
      BigDecimal perPound) {

    public long saving() {
      return savingFromMen + savingFromPartners + savingFromChildren;
    }
  }
}
