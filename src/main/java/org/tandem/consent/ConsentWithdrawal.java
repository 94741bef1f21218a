package org.tandem.consent;

import java.time.LocalDate;

/** A consent withdrawn: when and how, with the version of the consent the worker read. */
public record ConsentWithdrawal(LocalDate withdrawnOn, WithdrawnHow how, int version) {}
