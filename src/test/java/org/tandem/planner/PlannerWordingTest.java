package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.web.FieldProblem;

/**
 * The planner's form speaks the user's language: its problems and the name of an unnamed area come
 * from its bundle, in Welsh for a Welsh reader and word for word as before in English.
 */
class PlannerWordingTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");

  private static PlannerForm withProblems() {
    PlannerForm form = PlannerForm.withPublishedDefaults();
    form.getAreas().get(0).setPopulation("243,891");
    form.getAreas().get(0).setAdultWomen("300000");
    form.setGroupSize("a dozen");
    form.setReferralsPerWorker("5000");
    form.getAreas().get(1).setPopulation("1000");
    return form;
  }

  @Test
  void problemsAreInEnglishAsBefore() {
    assertThat(withProblems().read(Locale.UK).problems())
        .extracting(FieldProblem::message)
        .containsExactlyInAnyOrder(
            "Women aged 16 and over cannot be more than the whole population",
            "The group size must be a whole number, like 175000",
            "Referrals a worker handles must be between 1 and 1,000",
            "Enter the number of women aged 16 and over");
  }

  @Test
  void problemsAreInWelshForAWelshReader() {
    assertThat(withProblems().read(WELSH).problems())
        .extracting(FieldProblem::message)
        .containsExactlyInAnyOrder(
            "All nifer y menywod 16 oed a throsodd ddim bod yn fwy na'r boblogaeth gyfan",
            "Maint y grŵp: rhowch rif cyfan, fel 175000",
            "Nifer yr atgyfeiriadau y mae gweithiwr yn eu trin: rhowch rif rhwng 1 a 1,000",
            "Rhowch nifer y menywod 16 oed a throsodd");
  }

  @Test
  void anUnnamedAreaIsNamedInTheReadersLanguage() {
    PlannerForm form = PlannerForm.withPublishedDefaults();
    form.getAreas().get(1).setPopulation("100000");
    form.getAreas().get(1).setAdultWomen("40000");

    assertThat(form.read(WELSH).inputs().areas().get(0).name()).isEqualTo("Ardal 2");
    assertThat(form.read(Locale.UK).inputs().areas().get(0).name()).isEqualTo("Area 2");
  }

  @Test
  void theBundleNamesThePublishedBudgetsLinesInItsOrder() {
    PlannerWording english = PlannerWording.in(Locale.ROOT);
    for (int i = 0; i < Assumptions.PUBLISHED_BUDGET.size(); i++) {
      assertThat(english.text("planner.budgetLine." + i))
          .isEqualTo(Assumptions.PUBLISHED_BUDGET.get(i).name());
      assertThat(PlannerWording.in(WELSH).text("planner.budgetLine." + i))
          .isNotEqualTo(Assumptions.PUBLISHED_BUDGET.get(i).name());
    }
  }
}
