package org.tandem.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Says a stored sentence of the service in the reader's language, asking each module's {@link
 * StoredSentences} in turn; text that no module knows (a worker's own words, an old sentence) is
 * shown as stored. Pages and PDFs use it as {@code ${@said.say(text)}}. The API gives the record as
 * stored.
 */
@Component("said")
public class Said {

  private final List<StoredSentences> modules;

  Said(List<StoredSentences> modules) {
    this.modules = List.copyOf(modules);
  }

  /** The text in the language of the request being served. */
  public String say(String stored) {
    return say(stored, Languages.current());
  }

  public String say(String stored, Locale language) {
    if (stored == null || stored.isBlank()) {
      return stored;
    }
    for (StoredSentences module : modules) {
      Optional<String> said = module.say(stored, language, this);
      if (said.isPresent()) {
        return said.get();
      }
    }
    return stored;
  }
}
