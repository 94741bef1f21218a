package org.tandem.programme;

/**
 * His programme status changed. Published inside the transaction that changes it, so that partner
 * support can act: every change prompts contact with his partner.
 */
public record ProgrammeStatusChanged(
    long referralId,
    String reference,
    long areaId,
    EnrolmentStatus from,
    EnrolmentStatus to,
    String reason) {}
