package org.tandem.referrer.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.Said;
import org.tandem.web.SentenceRules;
import org.tandem.web.StoredSentences;

/** What the record of sharing keeps when a report is released to the referrer (ReportReleases). */
@Component
class ReferrerSentences implements StoredSentences {

  private final SentenceRules rules;

  ReferrerSentences(MessageSource messages) {
    rules =
        new SentenceRules(messages)
            .whole(
                "Risk identification report, released to the referrer online",
                "referrer.said.riskReportReleased")
            .whole(
                "Update report, released to the referrer online", "referrer.said.updateReleased");
  }

  @Override
  public Optional<String> say(String stored, Locale language, Said said) {
    return rules.say(stored, language, said);
  }
}
