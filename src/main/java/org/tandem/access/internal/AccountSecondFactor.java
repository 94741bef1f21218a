package org.tandem.access.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.SecondFactors;

/** What the account page says about its user's second factor: on or off, and since when. */
@ControllerAdvice(assignableTypes = AccountController.class)
class AccountSecondFactor {

  private final SecondFactors factors;
  private final CurrentUsers currentUsers;

  AccountSecondFactor(SecondFactors factors, CurrentUsers currentUsers) {
    this.factors = factors;
    this.currentUsers = currentUsers;
  }

  @ModelAttribute("secondFactor")
  SecondFactors.Status secondFactor() {
    CurrentUser me = currentUsers.currentOrNull();
    return me == null ? null : factors.status(me.id());
  }

  @ModelAttribute("secondFactorRequired")
  boolean secondFactorRequired() {
    CurrentUser me = currentUsers.currentOrNull();
    return me != null && factors.requiredFor(me.roles());
  }
}
