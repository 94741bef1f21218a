package org.tandem.access.internal;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.tandem.access.TandemPrincipal;

/**
 * The person the council's provider signed in, with the Tandem account found for them: held only
 * until the sign-in completes, when the account takes their place in the session.
 */
final class CouncilUser extends DefaultOidcUser {

  private final TandemPrincipal account;

  CouncilUser(OidcUser person, TandemPrincipal account) {
    super(account.getAuthorities(), person.getIdToken(), person.getUserInfo());
    this.account = account;
  }

  TandemPrincipal account() {
    return account;
  }
}
