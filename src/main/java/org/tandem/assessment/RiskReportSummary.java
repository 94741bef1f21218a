package org.tandem.assessment;

import java.time.OffsetDateTime;

/**
 * A report's own fields: its kind, the recommendations, the time it took, who produced it and when.
 */
public record RiskReportSummary(
    long id,
    ReportKind kind,
    String contact,
    String supervision,
    String programme,
    int minutesSpent,
    OffsetDateTime producedAt,
    String producedBy) {}
