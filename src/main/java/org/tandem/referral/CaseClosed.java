package org.tandem.referral;

/**
 * Published, inside the transaction that closes it, when his case closes: her worker is to decide
 * with her whether her support closes too (she may still need it).
 */
public record CaseClosed(long referralId, String reference, long areaId, ClosureReason reason) {}
