package org.tandem.consent;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;

/** A consent to record: what it covers, when it was given and the last day it stands. */
public record NewConsent(
    @Size(max = 8, message = "{consent.problem.selectEachKindOfSharingOnce}") Set<ShareTo> scope,
    @Size(max = 1000, message = "{consent.problem.theAgenciesMustBe1000}") String agencies,
    LocalDate givenOn,
    LocalDate expiresOn) {}
