package org.tandem.web;

import java.util.Locale;
import java.util.Optional;

/**
 * A module's own sentences that a record's history keeps as the English text it was stored in
 * ("Started the programme", "Risk review on 2026-05-01"), so that {@link Said} can say them in the
 * reader's language. The history itself is never rewritten: what was recorded stays as recorded,
 * and only its reading changes. A worker's own words inside a sentence stay as typed.
 */
public interface StoredSentences {

  /**
   * The stored text in this language, or empty when it is none of this module's sentences.
   *
   * @param said for a part of the sentence that is itself another stored sentence
   */
  Optional<String> say(String stored, Locale language, Said said);
}
