package org.tandem.risk.internal;

import static org.tandem.web.SentenceRules.AS_WRITTEN;
import static org.tandem.web.SentenceRules.DATE;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.Said;
import org.tandem.web.SentenceRules;
import org.tandem.web.StoredSentences;

/**
 * Why a case's risk level last changed and why it was referred to MARAC, as the risk rules store it
 * (RiskManagement), and as the synthetic history writes it, in the reader's language.
 */
@Component
class RiskSentences implements StoredSentences {

  private static final String NUMBER = "(\\d{1,6})";

  private final SentenceRules rules;

  RiskSentences(MessageSource messages) {
    rules =
        new SentenceRules(messages)
            .whole("Information held by the service", "risk.said.heldByTheService")
            .whole(
                "Visible high risk identified by partner support",
                "risk.said.foundByPartnerSupport")
            .matching(
                "DASH score " + NUMBER + " of 24: visible high risk; strangulation indicated",
                "risk.said.dashStrangulation",
                AS_WRITTEN)
            .matching(
                "DASH score " + NUMBER + " of 24: visible high risk",
                "risk.said.dashVisibleHighRisk",
                AS_WRITTEN)
            .matching(
                NUMBER + " police call-outs in the past 12 months: escalation",
                "risk.said.callOuts",
                AS_WRITTEN)
            .matching("Professional judgement: (.+)", "risk.said.judgement", AS_WRITTEN)
            .matching("Risk review on (\\d{4}-\\d{2}-\\d{2})", "risk.said.review", DATE)
            .matching(
                "DASH score of " + NUMBER + " \\(14 or more\\)", "risk.said.dashOf14", AS_WRITTEN)
            .matching("DASH score " + NUMBER, "risk.said.dash", AS_WRITTEN);
  }

  @Override
  public Optional<String> say(String stored, Locale language, Said said) {
    return rules.say(stored, language, said);
  }
}
