package org.tandem.planner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestData;
import org.tandem.planner.Assumptions;
import org.tandem.planner.PlannerArea;
import org.tandem.planner.PlannerForm;
import org.tandem.planner.PlannerInputs;

/**
 * A scenario's inputs survive the round trip through PostgreSQL's JSONB exactly: every BigDecimal
 * with its scale, so the record read back equals the one saved and gives the same plan.
 */
class ScenarioStoreTest extends TandemTest {

  @Autowired ScenarioStore store;

  private PlannerInputs roundTrip(PlannerInputs inputs) {
    long id =
        store.insert(
            TestData.marker("json"),
            inputs,
            "test",
            OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).withNano(0));
    return store.find(id).orElseThrow().inputs();
  }

  @Test
  void thePublishedAssumptionsComeBackEqual() {
    PlannerInputs inputs =
        new PlannerInputs(
            List.of(
                new PlannerArea("Newham", 243_891, 91_556),
                new PlannerArea("Waltham Forest", 218_341, 88_034)),
            Assumptions.published(),
            List.of("NMR", ""));

    PlannerInputs back = roundTrip(inputs);

    assertThat(back).isEqualTo(inputs);
    assertThat(back.plan()).isEqualTo(inputs.plan());
  }

  @Test
  void typedDecimalsKeepTheirScale() {
    PlannerForm form = PlannerForm.withPublishedDefaults();
    var fields = new org.springframework.beans.DirectFieldAccessor(form);
    fields.setPropertyValue("areas[0].name", "Newham");
    fields.setPropertyValue("areas[0].population", "243,891");
    fields.setPropertyValue("areas[0].adultWomen", "91556");
    fields.setPropertyValue("prevalencePercent", "6.25");
    fields.setPropertyValue("partnersPerReferral", "1.10");
    fields.setPropertyValue("childrenPerMan", "0.0000001");
    fields.setPropertyValue("costHealthCareMillions", "1396.5");
    PlannerForm.Reading reading = form.read();
    assertThat(reading.problems()).isEmpty();

    PlannerInputs back = roundTrip(reading.inputs());

    assertThat(back).isEqualTo(reading.inputs());
    assertThat(back.assumptions().prevalence()).isEqualTo(new BigDecimal("0.0625"));
    assertThat(back.assumptions().partnersPerReferral()).isEqualTo(new BigDecimal("1.10"));
    assertThat(back.assumptions().childrenPerMan()).isEqualTo(new BigDecimal("0.0000001"));
  }

  @Test
  void theStoredJsonHoldsOnlyTheInputs() {
    String stored =
        store.toJson(
            new PlannerInputs(
                List.of(new PlannerArea("Newham", 243_891, 91_556)),
                Assumptions.published(),
                List.of()));
    assertThat(stored)
        .contains("\"areas\"", "\"assumptions\"", "\"tandemAreas\"", "\"prevalence\":0.06")
        .doesNotContain("\"plan\"", "E+", "E-");
  }
}
