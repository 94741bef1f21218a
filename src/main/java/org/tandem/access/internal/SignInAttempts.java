package org.tandem.access.internal;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after repeated failed sign-ins, so that a password cannot be guessed by trying
 * many. The limit and the lock's length are settings.
 */
@Component
class SignInAttempts {

  private final UserAccounts accounts;
  private final int limit;
  private final Duration lockFor;

  SignInAttempts(
      UserAccounts accounts,
      @Value("${tandem.sign-in.failures-before-lock:5}") int limit,
      @Value("${tandem.sign-in.lock-for:15m}") Duration lockFor) {
    this.accounts = accounts;
    this.limit = limit;
    this.lockFor = lockFor;
  }

  @EventListener
  void onFailure(AuthenticationFailureBadCredentialsEvent event) {
    accounts.recordFailedSignIn(event.getAuthentication().getName(), limit, lockFor);
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal()
        instanceof org.tandem.access.TandemPrincipal principal) {
      accounts.recordSuccessfulSignIn(principal.getUsername());
    }
  }
}
