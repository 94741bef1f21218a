package org.tandem.referral.internal;

import static org.tandem.web.SentenceRules.AS_WRITTEN;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.Said;
import org.tandem.web.SentenceRules;
import org.tandem.web.StoredSentences;

/**
 * Why his case moved, in the reader's language. The reasons were always stored as English
 * sentences, some with a worker's own words after a colon ("Reopened: he asked to return"); the
 * history keeps them as recorded, and pages say the service's own part of each in the reader's
 * words while a worker's words stay as typed. The programme's moves are said by the programme.
 */
@Component
class JourneyReasons implements StoredSentences {

  /** The decision's words as the assessment records them, for the history. */
  private static final Map<String, String> DECISIONS =
      Map.of(
          "the group programme", "referral.journey.decision.groupProgramme",
          "individual work", "referral.journey.decision.individualWork",
          "not acceptable now", "referral.journey.decision.notAcceptableNow",
          "not realistic to treat", "referral.journey.decision.notRealistic");

  private final SentenceRules rules;

  JourneyReasons(MessageSource messages) {
    SentenceRules.Part decision =
        (written, language, said, m) -> {
          String key = DECISIONS.get(written);
          return key == null ? written : m.getMessage(key, null, language);
        };
    rules =
        new SentenceRules(messages)
            .whole("Referred", "referral.journey.referred")
            .whole("Triage", "referral.journey.triage")
            .whole("First assessment session", "referral.journey.firstAssessmentSession")
            .matching("Treatment-viability decision: (.+)", "referral.journey.viability", decision)
            .matching("Reopened: (.+)", "referral.journey.reopened", AS_WRITTEN)
            .matching(
                "The service is no longer involved: (.+)",
                "referral.journey.noLongerInvolved",
                AS_WRITTEN);
  }

  @Override
  public Optional<String> say(String stored, Locale language, Said said) {
    return rules.say(stored, language, said);
  }
}
