package org.tandem.planner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.tandem.planner.PlannerForm;
import org.tandem.planner.PlannerInputs;
import org.tandem.planner.internal.ScenarioComparison.Line;

/**
 * A comparison names its lines and says its differences in the reader's language, and in English
 * word for word as the lines are written.
 */
class ComparisonNamesTest {

  @AfterEach
  void forgetTheLanguage() {
    LocaleContextHolder.resetLocaleContext();
  }

  private static Scenario scenario(long id, String groupSize, boolean secondArea) {
    PlannerForm form = PlannerForm.withPublishedDefaults();
    form.getAreas().get(0).setName("Newham");
    form.getAreas().get(0).setPopulation("243891");
    form.getAreas().get(0).setAdultWomen("91556");
    if (secondArea) {
      form.getAreas().get(1).setName("Hackney");
      form.getAreas().get(1).setPopulation("100000");
      form.getAreas().get(1).setAdultWomen("40000");
    }
    form.setGroupSize(groupSize);
    form.setPrevalencePercent("8");
    PlannerInputs inputs = form.read().inputs();
    OffsetDateTime at = OffsetDateTime.parse("2026-11-02T10:00:00Z");
    return new Scenario(id, "S" + id, "u", at, "u", at, 1, inputs, inputs.plan());
  }

  private static ScenarioComparison compared() {
    return ScenarioComparison.of(scenario(1, "12", false), scenario(2, "10", true)).named();
  }

  private static Line line(ScenarioComparison c, String key) {
    return java.util.stream.Stream.concat(c.inputs().stream(), c.results().stream())
        .filter(l -> l.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void inEnglishTheLinesAreNamedAsTheyAreWritten() {
    LocaleContextHolder.setLocale(Locale.UK);
    ScenarioComparison english =
        ScenarioComparison.of(scenario(1, "12", false), scenario(2, "10", true));
    ScenarioComparison named = compared();
    for (int i = 0; i < english.inputs().size(); i++) {
      assertThat(named.inputs().get(i).label()).isEqualTo(english.inputs().get(i).label());
    }
    for (int i = 0; i < english.results().size(); i++) {
      assertThat(named.results().get(i).label()).isEqualTo(english.results().get(i).label());
    }
    assertThat(line(named, "groupSize").shownDifference()).isEqualTo("\u22122");
    assertThat(line(named, "areas[1].name").shownA()).isEqualTo("Not in this scenario");
  }

  @Test
  void inWelshTheLinesAndTheirWordsAreWelsh() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("cy"));
    ScenarioComparison welsh = compared();

    assertThat(line(welsh, "groupSize").label()).isEqualTo("Dynion mewn grŵp");
    assertThat(line(welsh, "areas[1].population").label()).isEqualTo("Ardal 2: poblogaeth");
    assertThat(line(welsh, "budget[0]").label()).isEqualTo("Cyllideb: Rheolwr prosiect");
    assertThat(line(welsh, "budget[4]").label())
        .isEqualTo("Cyllideb: Hyfforddiant (y flwyddyn gyntaf yn unig)");
    assertThat(line(welsh, "areas[1].name").shownA()).isEqualTo("Ddim yn y senario hwn");
    assertThat(line(welsh, "prevalence").shownDifference()).isEqualTo("Dim gwahaniaeth");
    assertThat(line(welsh, "costTotal").shownA()).endsWith("miliwn");
  }
}
