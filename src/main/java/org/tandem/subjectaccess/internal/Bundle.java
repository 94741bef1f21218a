package org.tandem.subjectaccess.internal;

import java.util.List;
import java.util.Map;

/**
 * Everything Tandem holds about one person on one case, as released: the case's reference, whose
 * bundle it is, and each section's items (column to value). Documents are listed by title, type and
 * date; their files are supplied separately. What is withheld for review is not part of it.
 */
record Bundle(String reference, String subject, List<Section> sections) {

  /** One kind of record, with its items in order. */
  record Section(String key, List<Map<String, Object>> items) {}

  /** The sections with how many items each holds, one a line, as the disclosure record keeps. */
  String contents() {
    StringBuilder lines = new StringBuilder();
    for (Section s : sections) {
      lines.append(s.key()).append(": ").append(s.items().size()).append('\n');
    }
    return lines.toString();
  }

  int items() {
    return sections.stream().mapToInt(s -> s.items().size()).sum();
  }
}
