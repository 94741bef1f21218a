package org.tandem.referral;

import java.util.List;

/**
 * Published, inside the transaction that creates it, when a referral is logged. It names the
 * partners only by their ids, never by anything that identifies or locates them.
 */
public record ReferralCreated(
    long referralId, String reference, long areaId, List<Long> partnerIds) {}
