package org.tandem.risk;

import java.time.LocalDate;

/** A MARAC referral still to be made. */
public record MaracReferralDue(
    long id,
    String reference,
    MaracTrigger trigger,
    LocalDate dueOn,
    boolean repeat,
    long referralId,
    long areaId) {}
