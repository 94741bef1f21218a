package org.tandem.notes.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a notes page sits: on his case, or on her record (behind the wall). The pages are the same
 * for both; this gives their addresses and the way back.
 *
 * @param partnerId her, or null for his case
 */
public record NotesPlace(String reference, Long partnerId) {

  static NotesPlace his(String reference) {
    return new NotesPlace(reference, null);
  }

  static NotesPlace hers(String reference, long partnerId) {
    return new NotesPlace(reference, partnerId);
  }

  public boolean hers() {
    return partnerId != null;
  }

  /** The record the notes belong to: his case, or her record. */
  public String back() {
    return hers() ? "/cases/" + reference + "/partners/" + partnerId : "/cases/" + reference;
  }

  public String base() {
    return back() + "/notes";
  }

  /** The start of the address of another page of these notes, keeping the search. */
  public String pageAddress(String q) {
    return base() + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&";
  }
}
