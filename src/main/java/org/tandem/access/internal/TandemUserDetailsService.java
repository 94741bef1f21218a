package org.tandem.access.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.tandem.access.TandemPrincipal;

/**
 * The accounts the sign-in form checks passwords against. A withdrawn account is "not found":
 * Spring then checks the typed password against a dummy hash, as for a name that does not exist, so
 * a withdrawn account takes as long and is answered the same as an unknown one; otherwise it would
 * be refused before any hashing, quickly enough to tell that the name is real.
 */
@Service
class TandemUserDetailsService implements UserDetailsService {

  private final UserAccounts accounts;

  TandemUserDetailsService(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return accounts
        .findByUsername(username)
        .filter(TandemPrincipal::isEnabled)
        .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
  }
}
