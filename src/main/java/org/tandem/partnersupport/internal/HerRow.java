package org.tandem.partnersupport.internal;

import java.time.OffsetDateTime;
import java.util.Map;
import org.tandem.access.WallPass;

/**
 * The parameters that find her on the case the pass opened. Every statement that reads or writes a
 * row about her selects her through both, so nothing can land on, or come from, a woman on another
 * family's case.
 */
final class HerRow {

  private HerRow() {}

  /** Her, on the pass's case: the parameters {@code :partner} and {@code :referral}. */
  static Map<String, Object> on(WallPass pass, long partnerId) {
    return Map.of("partner", partnerId, "referral", pass.referralId());
  }

  /** As {@link #on}, and who recorded the row and when: {@code :by} and {@code :now}. */
  static Map<String, Object> written(WallPass pass, long partnerId, String by, OffsetDateTime now) {
    return Map.of("partner", partnerId, "referral", pass.referralId(), "by", by, "now", now);
  }
}
