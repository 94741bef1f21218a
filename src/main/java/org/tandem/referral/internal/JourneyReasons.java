package org.tandem.referral.internal;

import java.util.List;
import java.util.Map;
import org.tandem.referral.CaseStatusChange;

/**
 * Why his case moved, in the reader's language. The reasons were always stored as English
 * sentences, some with a worker's own words after a colon ("Reopened: he asked to return"); the
 * history keeps them as recorded, and the page says the service's own part of each in the reader's
 * words while a worker's words stay as typed. A reason this does not know is shown as stored.
 */
final class JourneyReasons {

  private static final Map<String, String> WHOLE =
      Map.of(
          "Referred", "referral.journey.referred",
          "Triage", "referral.journey.triage",
          "First assessment session", "referral.journey.firstAssessmentSession");

  private static final Map<String, String> BEFORE_A_COLON =
      Map.of(
          "Treatment-viability decision", "referral.journey.viability",
          "Programme", "referral.journey.programme",
          "Reopened", "referral.journey.reopened",
          "The service is no longer involved", "referral.journey.noLongerInvolved");

  /** The decision's words as the assessment records them, for the history. */
  private static final Map<String, String> DECISIONS =
      Map.of(
          "the group programme", "referral.journey.decision.groupProgramme",
          "individual work", "referral.journey.decision.individualWork",
          "not acceptable now", "referral.journey.decision.notAcceptableNow",
          "not realistic to treat", "referral.journey.decision.notRealistic");

  private final ReferralWords words;

  JourneyReasons(ReferralWords words) {
    this.words = words;
  }

  List<CaseStatusChange> said(List<CaseStatusChange> journey) {
    return journey.stream()
        .map(
            m ->
                new CaseStatusChange(
                    m.status(), m.on(), say(m.reason()), m.closureReason(), m.by(), m.at()))
        .toList();
  }

  String say(String stored) {
    if (stored == null) {
      return null;
    }
    String whole = WHOLE.get(stored);
    if (whole != null) {
      return words.say(whole);
    }
    int colon = stored.indexOf(": ");
    String before = colon < 0 ? null : BEFORE_A_COLON.get(stored.substring(0, colon));
    if (before == null) {
      return stored;
    }
    String after = stored.substring(colon + 2);
    String decision = DECISIONS.get(after);
    return words.say(before, decision == null ? after : words.say(decision));
  }
}
