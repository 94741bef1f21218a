package org.tandem.outcomes.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.tandem.access.Area;
import org.tandem.outcomes.ReportPeriod;

/**
 * The MARAC-style quarterly return of an area: counts and shares only, suppressed, and "Not
 * recorded in Tandem" for each measure Tandem does not record rather than a figure made up.
 */
record MaracReturn(Area area, ReportPeriod period, List<Line> lines) {

  /**
   * One measure of the return.
   *
   * @param value the count or rate as it may be shown; null when Tandem does not record it
   * @param share the share of the MARAC referrals, where the measure has one; otherwise empty
   */
  @Schema(name = "MaracReturnLine")
  record Line(String measure, String label, String value, String share, boolean recorded) {}
}
