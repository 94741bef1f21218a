package org.tandem.planner;

import java.math.BigDecimal;
import java.util.List;

/**
 * Everything the planner assumes, each with its published default, so that a commissioner sees
 * every assumption beside the results and can change any of them. Money is in pounds; national
 * costs are in pounds a year for the whole country.
 *
 * @param prevalence share of adult women experiencing domestic abuse in a year (6%)
 * @param nationalPopulation the population the national costs are spread over (about 59.6 million,
 *     as the published area costs imply)
 * @param populationPerHundredReferrals population that yields about 100 referrals a year (150,000
 *     to 200,000 where the coordinated community response is well developed; 175,000 is the middle)
 * @param referralsPerWorker referrals a year one full-time perpetrator worker, with one full-time
 *     partner-support worker, handles (at least 100)
 * @param programmeShare share of referrals who go through the group programme in a year (at least
 *     50 of 100)
 * @param menPerGroupPerYear men a weekly group takes through the programme in a year (two groups
 *     put at least 50 through)
 * @param groupSize men in a group (about 12)
 * @param partnersPerReferral partners and ex-partners to contact for each man referred
 * @param partnerContactRate share of partners the service reaches (80%)
 * @param partnerTakeUpRate share of all partners who take up ongoing support (60%)
 * @param idvasPerHundredThousandWomen IDVAs per 100,000 adult women (4)
 * @param maracsPerHundredThousandWomen MARACs per 100,000 adult women (1)
 * @param budget the first-year budget of a service of 100 referrals a year
 * @param overheadRate general overheads as a share of the budget lines (10%)
 * @param savingPerMan saving to the public purse per man who received the intervention (£63,937)
 * @param savingPerPartner per partner or ex-partner (£35,058)
 * @param savingPerChild per child (£1,172)
 * @param childrenPerMan children in the family of each man; not published, an assumption to set
 */
public record Assumptions(
    BigDecimal prevalence,
    long nationalPopulation,
    NationalCosts nationalCosts,
    long populationPerHundredReferrals,
    int referralsPerWorker,
    BigDecimal programmeShare,
    int menPerGroupPerYear,
    int groupSize,
    BigDecimal partnersPerReferral,
    BigDecimal partnerContactRate,
    BigDecimal partnerTakeUpRate,
    BigDecimal idvasPerHundredThousandWomen,
    BigDecimal maracsPerHundredThousandWomen,
    List<BudgetLine> budget,
    BigDecimal overheadRate,
    long savingPerMan,
    long savingPerPartner,
    long savingPerChild,
    BigDecimal childrenPerMan) {

  /**
   * The national annual cost of domestic abuse (Walby and Allen 2004), in pounds.
   *
   * @param lostOutput lost economic output; the other five are services
   */
  public record NationalCosts(
      long criminalJustice,
      long healthCare,
      long socialServices,
      long emergencyHousing,
      long civilLegal,
      long lostOutput) {

    public static final NationalCosts PUBLISHED =
        new NationalCosts(
            1_017_000_000L,
            1_396_000_000L,
            228_000_000L,
            158_000_000L,
            312_000_000L,
            2_672_000_000L);

    public long services() {
      return criminalJustice + healthCare + socialServices + emergencyHousing + civilLegal;
    }
  }

  public static final List<BudgetLine> PUBLISHED_BUDGET =
      List.of(
          new BudgetLine("Project manager", 45_000, false),
          new BudgetLine("Prevention programme worker", 30_000, false),
          new BudgetLine("Support service worker", 30_000, false),
          new BudgetLine("Administration", 15_000, false),
          new BudgetLine("Training", 8_000, true),
          new BudgetLine("Consultancy", 5_000, true),
          new BudgetLine("Sessional workers (six months)", 26_000, false),
          new BudgetLine("Venue (six months)", 6_000, false),
          new BudgetLine("Supervision", 6_000, false),
          new BudgetLine("Publicity", 5_000, false),
          new BudgetLine("Equipment (including recording)", 3_000, false),
          new BudgetLine("Computing and software", 2_500, false),
          new BudgetLine("Insurance", 1_500, false),
          new BudgetLine("Interpreters", 3_000, false));

  /** The published figures, as shared/data/commissioning-figures.md lists them. */
  public static Assumptions published() {
    return new Assumptions(
        new BigDecimal("0.06"),
        59_600_000L,
        NationalCosts.PUBLISHED,
        175_000L,
        100,
        new BigDecimal("0.5"),
        25,
        12,
        BigDecimal.ONE,
        new BigDecimal("0.8"),
        new BigDecimal("0.6"),
        new BigDecimal("4"),
        BigDecimal.ONE,
        PUBLISHED_BUDGET,
        new BigDecimal("0.1"),
        63_937L,
        35_058L,
        1_172L,
        BigDecimal.ONE);
  }
}
