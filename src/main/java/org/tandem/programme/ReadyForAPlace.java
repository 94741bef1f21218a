package org.tandem.programme;

import java.time.LocalDate;
import org.tandem.referral.CaseStatus;

/**
 * A man in the group's area waiting for a group: his case stands ready for a place (found suitable,
 * or back after an earlier place) and he holds none. {@code since} is when it came to stand there.
 */
public record ReadyForAPlace(String reference, String name, CaseStatus status, LocalDate since) {}
