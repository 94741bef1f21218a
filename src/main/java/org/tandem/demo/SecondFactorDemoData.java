package org.tandem.demo;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.tandem.access.SecondFactors;
import org.tandem.access.TandemPrincipal;

/**
 * The demo's second factor, kept quick to try: no role is made to set up an authenticator, and one
 * demo user has one already, whose invented secret the README gives.
 */
@Component
class SecondFactorDemoData {

  private final SecondFactors factors;
  private final UserDetailsService users;

  SecondFactorDemoData(SecondFactors factors, UserDetailsService users) {
    this.factors = factors;
    this.users = users;
  }

  void load() {
    factors.require(List.of());
    long id =
        ((TandemPrincipal) users.loadUserByUsername(DemoUsers.WITH_AUTHENTICATOR)).user().id();
    factors.enrolWithoutConfirming(id, DemoUsers.AUTHENTICATOR_SECRET);
  }
}
