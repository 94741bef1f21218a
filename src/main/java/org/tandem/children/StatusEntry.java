package org.tandem.children;

import java.time.LocalDate;
import org.tandem.referral.ProtectionStatus;

/**
 * One entry in a child's protection-status history: the status, the date it took effect and who
 * recorded it. The first entry is the status the referral gave, from the date of the referral.
 */
public record StatusEntry(
    ProtectionStatus status, LocalDate since, String recordedBy, boolean atReferral) {}
