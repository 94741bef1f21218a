package org.tandem.referral;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * One detail corrected on a case: what it held before and after (as text; a date as YYYY-MM-DD,
 * whether he needs an interpreter as true or false), why, who and when. {@code childId} names the
 * child whose detail it was; without it the detail was his.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Amendment(
    Long childId,
    CorrectedDetail detail,
    String before,
    String after,
    String reason,
    String amendedBy,
    OffsetDateTime amendedAt) {}
