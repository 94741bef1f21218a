package org.tandem.notes;

import java.util.List;

/**
 * One page of a case's notes, newest first, and what was searched for.
 *
 * @param q the search, or empty for every note
 */
public record NotePage(List<Note> items, int page, int size, long total, String q) {

  /** The longest search kept; more adds nothing to finding a note. */
  static final int LONGEST_SEARCH = 200;

  /**
   * What was typed in the search box, made safe to search by: trimmed, without characters the
   * database cannot hold, and cut to {@value #LONGEST_SEARCH} characters.
   */
  static String search(String q) {
    if (q == null) {
      return "";
    }
    String cleaned = q.replace("\u0000", "").strip();
    return cleaned.length() > LONGEST_SEARCH ? cleaned.substring(0, LONGEST_SEARCH) : cleaned;
  }

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
