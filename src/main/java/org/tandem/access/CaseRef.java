package org.tandem.access;

/**
 * A case the current user has been allowed to open: its database id, the reference people use, and
 * the area whose team works it. Features receive one instead of a bare reference, so the access
 * decision is made once, and every audit entry names the case it was about.
 */
public record CaseRef(long referralId, String reference, long areaId) {}
