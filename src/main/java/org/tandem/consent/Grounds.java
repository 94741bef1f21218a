package org.tandem.consent;

/**
 * The lawful basis a sharing was allowed on, as it is stored with the sharing.
 *
 * @param consentId the consent it relied on, when the basis is consent
 * @param reason the worker's reason, required for legitimate interests
 */
public record Grounds(LawfulBasis basis, Long consentId, String reason) {}
