package org.tandem.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One move of his case: to which status, on what day, why, and who recorded it when. A closure also
 * carries its code; its reason is then the worker's detail, if any.
 */
public record CaseStatusChange(
    CaseStatus status,
    LocalDate on,
    String reason,
    ClosureReason closureReason,
    String by,
    OffsetDateTime at) {}
