package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every worked example in shared/data/commissioning-figures.md, reproduced from its inputs with the
 * published assumptions.
 */
class PublishedFiguresTest {

  private static final PlannerArea NEWHAM = new PlannerArea("Newham", 243_891, 91_556);
  private static final PlannerArea WALTHAM_FOREST =
      new PlannerArea("Waltham Forest", 218_341, 88_034);
  private static final PlannerArea BARKING_AND_DAGENHAM =
      new PlannerArea("Barking and Dagenham", 163_944, 65_784);

  private static Plan threeBoroughs() {
    return CommissioningPlanner.plan(
        List.of(NEWHAM, WALTHAM_FOREST, BARKING_AND_DAGENHAM), Assumptions.published());
  }

  @Test
  void womenExperiencingDomesticAbuseInAYear() {
    Plan plan = threeBoroughs();

    assertThat(plan.areas())
        .extracting(Plan.AreaNeed::womenExperiencingAbuse)
        .containsExactly(5_493L, 5_282L, 3_947L);
    assertThat(plan.total().womenExperiencingAbuse()).isEqualTo(14_722L);
  }

  @Test
  void theCostToEachAreaIsWithinATenthOfAMillionOfThePublishedFigure() {
    Plan plan = threeBoroughs();

    assertMillions(plan.areas().get(2), 8.56, 7.35, 15.9);
    assertMillions(plan.areas().get(1), 11.4, 9.8, 21.2);
    assertMillions(plan.areas().get(0), 12.7, 10.9, 23.6);
  }

  private static void assertMillions(
      Plan.AreaNeed area, double services, double lostOutput, double total) {
    assertThat(millions(area.costServices()))
        .as(area.name() + " services")
        .isCloseTo(services, within(0.1));
    assertThat(millions(area.costLostOutput()))
        .as(area.name() + " lost output")
        .isCloseTo(lostOutput, within(0.1));
    assertThat(millions(area.costTotal())).as(area.name() + " total").isCloseTo(total, within(0.1));
  }

  private static double millions(BigDecimal pounds) {
    return pounds.doubleValue() / 1_000_000;
  }

  @Test
  void theFirstYearBudgetIsTwoHundredAndFourThousandSixHundredWithItsOverhead() {
    Plan.Budget budget = threeBoroughs().budget();

    assertThat(budget.linesTotal()).isEqualTo(186_000L);
    assertThat(budget.overhead()).isEqualTo(18_600L);
    assertThat(budget.firstYearTotal()).isEqualTo(204_600L);
    assertThat(budget.lines())
        .filteredOn(BudgetLine::firstYearOnly)
        .extracting(BudgetLine::name)
        .containsExactly("Training", "Consultancy");
    assertThat(budget.laterYears()).isEqualTo((186_000L - 13_000L) * 11 / 10);
  }

  @Test
  void aServiceOfAHundredReferralsNeedsOneWorkerEachAndTwoGroupsOfTwelve() {
    Plan plan =
        CommissioningPlanner.plan(
            List.of(new PlannerArea("Invented borough", 175_000, 70_000)), Assumptions.published());

    assertThat(plan.demand().referrals()).isEqualTo(100);
    assertThat(plan.demand().referralsLow()).isEqualTo(88);
    assertThat(plan.demand().referralsHigh()).isEqualTo(117);
    assertThat(plan.demand().perpetratorWorkers()).isEqualByComparingTo("1.0");
    assertThat(plan.demand().partnerSupportWorkers()).isEqualByComparingTo("1.0");
    assertThat(plan.demand().menThroughProgramme()).isEqualTo(50);
    assertThat(plan.demand().groups()).isEqualTo(2);
    assertThat(plan.demand().places()).isEqualTo(24);
    assertThat(plan.partners().toContact()).isEqualTo(100);
    assertThat(plan.partners().reached()).isEqualTo(80);
    assertThat(plan.partners().supported()).isEqualTo(60);
    assertThat(plan.budget().firstYearForReferrals()).isEqualTo(204_600L);
  }

  @Test
  void fourIdvasAndOneMaracPerHundredThousandAdultWomen() {
    Plan plan = threeBoroughs();

    // 245,374 adult women in the three boroughs.
    assertThat(plan.provision().idvas()).isEqualByComparingTo("9.8");
    assertThat(plan.provision().maracs()).isEqualByComparingTo("2.5");
  }

  @Test
  void theReturnComesFromThePublishedSavingsPerManPartnerAndChild() {
    Plan plan =
        CommissioningPlanner.plan(
            List.of(new PlannerArea("Invented borough", 175_000, 70_000)), Assumptions.published());

    Plan.Return r = plan.returnOnInvestment();
    assertThat(r.savingFromMen()).isEqualTo(50 * 63_937L);
    assertThat(r.savingFromPartners()).isEqualTo(60 * 35_058L);
    assertThat(r.savingFromChildren()).isEqualTo(50 * 1_172L);
    assertThat(r.perPound())
        .isEqualByComparingTo(
            BigDecimal.valueOf(50 * 63_937L + 60 * 35_058L + 50 * 1_172L)
                .divide(BigDecimal.valueOf(204_600), 2, java.math.RoundingMode.HALF_UP));
  }

  @Test
  void changingOneAssumptionChangesOnlyWhatFollowsFromIt() {
    Assumptions published = Assumptions.published();
    Assumptions eightPercent =
        new Assumptions(
            new BigDecimal("0.08"),
            published.nationalPopulation(),
            published.nationalCosts(),
            published.populationPerHundredReferrals(),
            published.referralsPerWorker(),
            published.programmeShare(),
            published.menPerGroupPerYear(),
            published.groupSize(),
            published.partnersPerReferral(),
            published.partnerContactRate(),
            published.partnerTakeUpRate(),
            published.idvasPerHundredThousandWomen(),
            published.maracsPerHundredThousandWomen(),
            published.budget(),
            published.overheadRate(),
            published.savingPerMan(),
            published.savingPerPartner(),
            published.savingPerChild(),
            published.childrenPerMan());

    Plan plan = CommissioningPlanner.plan(List.of(NEWHAM), eightPercent);

    assertThat(plan.total().womenExperiencingAbuse()).isEqualTo(7_324L);
    assertThat(plan.demand().referrals()).isEqualTo(threeBoroughsNewhamReferrals());
  }

  private static long threeBoroughsNewhamReferrals() {
    return threeBoroughs().areas().get(0).expectedReferrals();
  }
}
