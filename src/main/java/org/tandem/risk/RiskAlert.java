package org.tandem.risk;

import java.time.OffsetDateTime;

/** An alert to one worker, still to be acknowledged. */
public record RiskAlert(
    long id,
    String reference,
    String message,
    OffsetDateTime createdAt,
    long referralId,
    long areaId) {}
