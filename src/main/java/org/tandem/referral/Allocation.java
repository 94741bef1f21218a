package org.tandem.referral;

/** The user ids of the workers allocated to a case; either may be null. */
public record Allocation(Long perpetratorWorkerId, Long partnerSupportWorkerId) {}
