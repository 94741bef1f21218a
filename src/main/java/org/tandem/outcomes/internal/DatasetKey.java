package org.tandem.outcomes.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.outcomes.Pseudonyms;

/**
 * The pseudonym key from table dataset_key, read once on first use and kept: it never changes, and
 * keeping it means an export does not go back to the database for it. It is never logged, shown or
 * exported.
 */
@Component
class DatasetKey {

  private final JdbcClient jdbc;
  private volatile Pseudonyms pseudonyms;

  DatasetKey(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Pseudonyms pseudonyms() {
    Pseudonyms p = pseudonyms;
    if (p == null) {
      // Read lazily, not in the constructor, so that the migration that creates the key has run.
      p =
          new Pseudonyms(
              jdbc.sql("SELECT secret FROM dataset_key WHERE id = 1").query(String.class).single());
      pseudonyms = p;
    }
    return p;
  }
}
