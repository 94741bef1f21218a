package org.tandem.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tandem.web.FieldProblem;

/** The planner's inputs as people type them. */
class PlannerFormTest {

  private static PlannerForm newham() {
    PlannerForm form = PlannerForm.withPublishedDefaults();
    form.getAreas().get(0).setName("Newham");
    form.getAreas().get(0).setPopulation("243,891");
    form.getAreas().get(0).setAdultWomen(" 91556 ");
    return form;
  }

  @Test
  void blankAssumptionsTakeThePublishedDefaultsAndCommasAreRead() {
    PlannerForm.Reading reading = newham().read();

    assertThat(reading.problems()).isEmpty();
    assertThat(reading.inputs().areas())
        .containsExactly(new PlannerArea("Newham", 243_891, 91_556));
    assertThat(reading.inputs().assumptions()).isEqualTo(Assumptions.published());
    assertThat(reading.inputs().tandemAreas()).containsExactly("");
  }

  @Test
  void percentagesAndMillionsAreTypedAsPeopleWriteThem() {
    PlannerForm form = newham();
    form.setPrevalencePercent("8%");
    form.setCostLostOutputMillions("2,700.5");
    form.getBudget().set(0, "£50,000");

    Assumptions a = form.read().inputs().assumptions();

    assertThat(a.prevalence()).isEqualByComparingTo("0.08");
    assertThat(a.nationalCosts().lostOutput()).isEqualTo(2_700_500_000L);
    assertThat(a.budget().get(0).pounds()).isEqualTo(50_000);
  }

  @Test
  void everyWrongValueIsNamedWithoutRepeatingIt() {
    PlannerForm form = newham();
    form.getAreas().get(1).setPopulation("many");
    form.setGroupSize("99");
    form.setPartnerContactPercent("eighty");

    PlannerForm.Reading reading = form.read();

    assertThat(reading.valid()).isFalse();
    assertThat(reading.problems())
        .extracting(FieldProblem::field)
        .containsExactlyInAnyOrder(
            "areas[1].population", "areas[1].adultWomen", "groupSize", "partnerContactPercent");
    assertThat(reading.problems())
        .extracting(FieldProblem::message)
        .noneMatch(m -> m.contains("many") || m.contains("eighty"));
  }

  @Test
  void aPlanWithNoAreaAsksForOne() {
    PlannerForm.Reading reading = PlannerForm.withPublishedDefaults().read();

    assertThat(reading.problems()).extracting(FieldProblem::field).contains("areas[0].population");
  }

  @Test
  void aSavedPlanOpensAgainAsTheSameForm() {
    PlannerForm form = newham();
    form.setPrevalencePercent("7.5");
    form.getAreas().get(0).setTandemArea("NMR");
    PlannerInputs inputs = form.read().inputs();

    PlannerInputs again = PlannerForm.of(inputs).read().inputs();

    assertThat(again).isEqualTo(inputs);
  }

  @Test
  void aPlanOfMoreAreasThanThePageOffersKeepsThemAllUpToTwenty() {
    PlannerForm form = PlannerForm.withPublishedDefaults();
    for (int i = 0; i < 21; i++) {
      PlannerForm.AreaRow row = new PlannerForm.AreaRow();
      row.setPopulation("100000");
      row.setAdultWomen("40000");
      if (i < form.getAreas().size()) {
        form.getAreas().set(i, row);
      } else {
        form.getAreas().add(row);
      }
    }
    assertThat(form.read().problems()).extracting(FieldProblem::field).containsExactly("areas");

    form.getAreas().subList(6, 21).clear();
    PlannerInputs six = form.read().inputs();
    assertThat(six.areas()).hasSize(6);
    assertThat(PlannerForm.of(six).getAreas()).hasSize(6);
  }
}
