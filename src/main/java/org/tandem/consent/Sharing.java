package org.tandem.consent;

import java.time.LocalDate;

/**
 * Information shared out of the service from his case, as recorded; on consent, the consent's date
 * and, if he has withdrawn it since, the date he withdrew it.
 */
public record Sharing(
    long id,
    ShareTo kind,
    LocalDate sharedOn,
    String recipient,
    String what,
    LawfulBasis basis,
    String basisReason,
    LocalDate consentGivenOn,
    LocalDate consentWithdrawnOn,
    String recordedBy) {}
