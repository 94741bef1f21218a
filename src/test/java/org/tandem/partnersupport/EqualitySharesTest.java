package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.partnersupport.EqualityShares.Count;
import org.tandem.partnersupport.EqualityShares.Measure;
import org.tandem.partnersupport.HerEquality.AgeBand;
import org.tandem.partnersupport.HerEquality.Answer;
import org.tandem.partnersupport.HerEquality.Ethnicity;
import org.tandem.partnersupport.HerEquality.Sex;
import org.tandem.partnersupport.HerEquality.SexualOrientation;

/**
 * How answers count: "not asked" and "prefer not to say" are not known, never "no"; LGBT+ is known
 * from either of its two questions when one says yes, and "no" only when both say no.
 */
class EqualitySharesTest {

  @Test
  void notAskedAndPreferNotToSayAreNotKnownAndNeitherCountsAsNo() {
    Map<Measure, Count> counts =
        EqualityShares.of(
            List.of(
                HerEquality.notAsked(),
                new HerEquality(
                    Ethnicity.PREFER_NOT_TO_SAY,
                    Sex.PREFER_NOT_TO_SAY,
                    Answer.PREFER_NOT_TO_SAY,
                    SexualOrientation.PREFER_NOT_TO_SAY,
                    Answer.PREFER_NOT_TO_SAY,
                    AgeBand.PREFER_NOT_TO_SAY,
                    1)));
    for (Measure m : Measure.values()) {
      assertThat(counts.get(m)).as(m.name()).isEqualTo(new Count(0, 0, 2));
    }
  }

  @Test
  void eachMeasureCountsItsOwnAnswers() {
    Map<Measure, Count> counts =
        EqualityShares.of(
            List.of(
                new HerEquality(
                    Ethnicity.WHITE,
                    Sex.MALE,
                    Answer.NO,
                    null,
                    Answer.YES,
                    AgeBand.AGED_16_TO_17,
                    1),
                new HerEquality(
                    Ethnicity.MIXED,
                    Sex.FEMALE,
                    Answer.YES,
                    SexualOrientation.STRAIGHT,
                    Answer.NO,
                    AgeBand.AGED_18_TO_24,
                    1),
                new HerEquality(
                    Ethnicity.OTHER, Sex.FEMALE, null, SexualOrientation.STRAIGHT, null, null, 1)));
    assertThat(counts.get(Measure.BLACK_AND_MINORITISED)).isEqualTo(new Count(2, 1, 0));
    assertThat(counts.get(Measure.MALE)).isEqualTo(new Count(1, 2, 0));
    // A gender not as at birth is LGBT+ with orientation not asked; straight with the gender
    // question not asked is not known.
    assertThat(counts.get(Measure.LGBT)).isEqualTo(new Count(1, 1, 1));
    assertThat(counts.get(Measure.DISABLED)).isEqualTo(new Count(1, 1, 1));
    assertThat(counts.get(Measure.AGED_16_TO_17)).isEqualTo(new Count(1, 1, 1));
  }
}
