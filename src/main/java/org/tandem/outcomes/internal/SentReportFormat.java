package org.tandem.outcomes.internal;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.tandem.web.Downloads;

/** The three forms a report is frozen in, each stored byte for byte as it was signed off. */
enum SentReportFormat {
  JSON(MediaType.APPLICATION_JSON, "figures_json"),
  PDF(MediaType.APPLICATION_PDF, "pdf"),
  XLSX(Downloads.XLSX, "xlsx");

  private final MediaType type;
  private final String column;

  SentReportFormat(MediaType type, String column) {
    this.type = type;
    this.column = column;
  }

  MediaType type() {
    return type;
  }

  /** The column it is kept in: one of three names written here, never taken from a request. */
  String column() {
    return column;
  }

  String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format named json, pdf or xlsx (any case); empty for anything else. */
  static Optional<SentReportFormat> named(String name) {
    for (SentReportFormat f : values()) {
      if (f.extension().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
