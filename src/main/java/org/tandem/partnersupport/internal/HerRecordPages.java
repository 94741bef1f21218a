package org.tandem.partnersupport.internal;

/** Where her record's pages live, shared by the controllers of each part of it. */
final class HerRecordPages {

  static final String BASE = "/cases/{reference}/partners/{partnerId}";

  private HerRecordPages() {}

  /** Back to her record after a save. */
  static String redirect(String reference, long partnerId) {
    return "redirect:/cases/" + reference + "/partners/" + partnerId;
  }
}
