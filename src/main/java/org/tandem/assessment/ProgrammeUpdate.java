package org.tandem.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import org.tandem.programme.AttendanceSummary;
import org.tandem.risk.DashScore;
import org.tandem.risk.RiskEventKind;

/**
 * What an update report adds to the report's open facts: the updated risk view and his record on
 * the programme. The risk events are counted by kind only, and what his partner or ex-partner told
 * the service is never counted.
 */
public record ProgrammeUpdate(
    ReviewPoint point,
    OffsetDateTime riskLevelSetAt,
    DashScore latestDash,
    OffsetDateTime previousReportAt,
    List<EventCount> riskEventsSincePreviousReport,
    AttendanceSummary programme) {

  /** How many events of one kind were recorded on the family's timeline in the period. */
  public record EventCount(RiskEventKind kind, long count) {}
}
