package org.tandem.demo;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.partnersupport.EqualityMonitoring;
import org.tandem.partnersupport.HerEquality;
import org.tandem.partnersupport.HerEquality.AgeBand;
import org.tandem.partnersupport.HerEquality.Answer;
import org.tandem.partnersupport.HerEquality.Ethnicity;
import org.tandem.partnersupport.HerEquality.Sex;
import org.tandem.partnersupport.HerEquality.SexualOrientation;
import org.tandem.referral.Referrals;

/**
 * Equality monitoring answers, invented, for a few Northmoor women: one answered every question,
 * one preferred not to say some, one was asked only some; the rest have not been asked, so the
 * quarterly report's preparation lists their cases and the MARAC-style return counts them as not
 * known.
 */
@Component
class EqualityDemoData {

  private static final List<HerEquality> ANSWERS =
      List.of(
          new HerEquality(
              Ethnicity.BLACK,
              Sex.FEMALE,
              Answer.YES,
              SexualOrientation.STRAIGHT,
              Answer.NO,
              AgeBand.AGED_25_TO_34,
              0),
          new HerEquality(
              Ethnicity.WHITE,
              Sex.FEMALE,
              Answer.PREFER_NOT_TO_SAY,
              SexualOrientation.BISEXUAL,
              Answer.YES,
              AgeBand.AGED_18_TO_24,
              0),
          new HerEquality(
              Ethnicity.PREFER_NOT_TO_SAY, Sex.FEMALE, null, null, null, AgeBand.AGED_16_TO_17, 0),
          new HerEquality(Ethnicity.ASIAN, Sex.FEMALE, Answer.YES, null, Answer.NO, null, 0));

  private final Referrals referrals;
  private final EqualityMonitoring monitoring;

  EqualityDemoData(Referrals referrals, EqualityMonitoring monitoring) {
    this.referrals = referrals;
    this.monitoring = monitoring;
  }

  /** Records the answers as the partner-support worker already signed in for the demo. */
  void load(List<String> references) {
    for (int i = 0; i < ANSWERS.size(); i++) {
      String reference = references.get(i * 4);
      monitoring.record(
          reference, referrals.detail(reference).partners().get(0).id(), ANSWERS.get(i));
    }
  }
}
