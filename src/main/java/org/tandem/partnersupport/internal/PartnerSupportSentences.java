package org.tandem.partnersupport.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.web.Said;
import org.tandem.web.SentenceRules;
import org.tandem.web.StoredSentences;

/**
 * Where the risk information partner support shares came from, as the family's timeline stores it:
 * the words she used stay behind the wall and are never here.
 */
@Component
class PartnerSupportSentences implements StoredSentences {

  private final SentenceRules rules;

  PartnerSupportSentences(MessageSource messages) {
    rules = new SentenceRules(messages).whole("Partner support", "partnersupport.said.source");
  }

  @Override
  public Optional<String> say(String stored, Locale language, Said said) {
    return rules.say(stored, language, said);
  }
}
