package org.tandem.partnersupport;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Her equality monitoring answers, behind the wall. Every answer is optional: null means she has
 * not been asked, which is not the same as her answer "prefer not to say". Her age is the band she
 * gave when asked.
 *
 * @param version the version of her answers read; 0 before any is recorded
 */
@Schema(name = "HerEquality")
public record HerEquality(
    Ethnicity ethnicity,
    Sex sex,
    Answer genderSameAsAtBirth,
    SexualOrientation sexualOrientation,
    Answer disability,
    AgeBand ageBand,
    int version) {

  /** No answer recorded yet. */
  public static HerEquality notAsked() {
    return new HerEquality(null, null, null, null, null, null, 0);
  }

  /** The ONS 2021 census's top-level ethnic groups. */
  public enum Ethnicity {
    ASIAN,
    BLACK,
    MIXED,
    WHITE,
    OTHER,
    PREFER_NOT_TO_SAY
  }

  /** Her sex. */
  public enum Sex {
    FEMALE,
    MALE,
    PREFER_NOT_TO_SAY
  }

  /** A yes or no question she may decline. */
  @Schema(name = "HerEqualityAnswer")
  public enum Answer {
    YES,
    NO,
    PREFER_NOT_TO_SAY
  }

  /** The ONS 2021 census's sexual orientation categories. */
  public enum SexualOrientation {
    STRAIGHT,
    GAY_OR_LESBIAN,
    BISEXUAL,
    OTHER,
    PREFER_NOT_TO_SAY
  }

  /** Her age when asked, in the bands a MARAC return and the census use. */
  public enum AgeBand {
    AGED_16_TO_17,
    AGED_18_TO_24,
    AGED_25_TO_34,
    AGED_35_TO_44,
    AGED_45_TO_54,
    AGED_55_TO_64,
    AGED_65_OR_OVER,
    PREFER_NOT_TO_SAY
  }
}
