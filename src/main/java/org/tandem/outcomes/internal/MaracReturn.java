package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.tandem.access.Area;
import org.tandem.outcomes.ReportPeriod;

/**
 * The MARAC-style quarterly return of an area: counts and shares only, suppressed. The shares of
 * victims come from her equality monitoring answers, counted behind the wall: numbers only.
 */
record MaracReturn(Area area, ReportPeriod period, List<Line> lines) {

  /**
   * One measure of the return.
   *
   * @param value the count or rate as it may be shown
   * @param share for repeats, the share of the MARAC referrals; for a share of victims, the share
   *     of the women whose answer is known; otherwise empty
   * @param notKnown for a share of victims, how many women's answers are not known (not asked, or
   *     she preferred not to say), suppressed as the counts are; otherwise empty
   */
  @Schema(name = "MaracReturnLine")
  record Line(String measure, String label, String value, String share, String notKnown) {}
}
