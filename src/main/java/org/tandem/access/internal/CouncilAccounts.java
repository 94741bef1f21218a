package org.tandem.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.tandem.access.TandemPrincipal;

/**
 * Finds the Tandem account of someone the council's provider has signed in, by their verified email
 * address. Roles and areas stay in Tandem; the provider only says who the person is. Nobody is
 * created: someone the provider knows but Tandem does not, or whose account is withdrawn, or whose
 * address the provider says it has not verified, is refused.
 */
final class CouncilAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

  /** The error code of a refusal, which the sign-in page explains. */
  static final String NOT_SET_UP = "tandem_account_not_set_up";

  private static final Logger log = LoggerFactory.getLogger(CouncilAccounts.class);

  private final OidcUserService provider = new OidcUserService();
  private final UserAccounts accounts;

  CouncilAccounts(UserAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser person = provider.loadUser(request);
    String email = person.getEmail();
    // A provider that does not say whether it verified the address (Entra ID's work accounts) is
    // trusted for it; one that says it did not is not.
    if (email == null || email.isBlank() || Boolean.FALSE.equals(person.getEmailVerified())) {
      throw refused("the provider gave no verified email address", person);
    }
    TandemPrincipal account =
        accounts
            .findByEmail(email)
            .filter(TandemPrincipal::isEnabled)
            .orElseThrow(() -> refused("no active Tandem account has its email address", person));
    return new CouncilUser(person, account);
  }

  private static OAuth2AuthenticationException refused(String why, OidcUser person) {
    // The subject identifies the person to the council's administrators without writing their
    // address into Tandem's log.
    log.warn("Council sign-in refused for subject {}: {}", person.getSubject(), why);
    return new OAuth2AuthenticationException(new OAuth2Error(NOT_SET_UP), why);
  }
}
