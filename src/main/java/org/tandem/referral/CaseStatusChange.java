package org.tandem.referral;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One move of his case: to which status, on what day, why, and who recorded it when. */
public record CaseStatusChange(
    CaseStatus status, LocalDate on, String reason, String by, OffsetDateTime at) {}
