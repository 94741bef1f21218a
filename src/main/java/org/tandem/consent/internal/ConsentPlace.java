package org.tandem.consent.internal;

/**
 * Whose consents a page is about: his, on his case, or hers, on her record (behind the wall). The
 * pages are the same for both; this gives their addresses.
 *
 * @param partnerId her, or null for his case
 */
public record ConsentPlace(String reference, Long partnerId) {

  public boolean hers() {
    return partnerId != null;
  }

  /** The record the consents belong to: his case, or her record. */
  public String base() {
    return hers() ? "/cases/" + reference + "/partners/" + partnerId : "/cases/" + reference;
  }
}
