package org.tandem.outcomes.internal;

import java.util.Locale;
import java.util.Optional;

/** The two forms the national dataset comes in. */
enum DatasetFormat {
  CSV,
  JSON;

  /** The format named csv or json (in any case), if it is one of them. */
  static Optional<DatasetFormat> named(String name) {
    if (name == null) {
      return Optional.empty();
    }
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "csv" -> Optional.of(CSV);
      case "json" -> Optional.of(JSON);
      default -> Optional.empty();
    };
  }
}
