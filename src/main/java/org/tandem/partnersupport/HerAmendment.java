package org.tandem.partnersupport;

import java.time.OffsetDateTime;

/**
 * One of her details corrected, behind the wall: what it held before and after, why, who and when.
 * The values and the reason are kept sealed and opened only to be shown here.
 */
public record HerAmendment(
    HerDetail detail,
    String before,
    String after,
    String reason,
    String amendedBy,
    OffsetDateTime amendedAt) {

  /**
   * Whether the reason is the one Tandem gives itself when her wishes change her details (stored in
   * English), which the page says in the reader's language; any other was typed by a worker.
   */
  public boolean changedWithHerWishes() {
    return HerCorrections.WISHES_REASON.equals(reason);
  }
}
