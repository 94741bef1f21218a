package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * The council sign-in as the pages' security applies it, when it is configured: the provider's
 * login, then the Tandem account with the same verified email ({@link CouncilAccounts}), signed in
 * exactly as a password sign-in is ({@link CouncilSignInSuccess}). Tandem's own second factor is
 * not asked for: the council's sign-in applies its own multi-factor rules.
 */
final class CouncilSignIn {

  /** The registration's id, which is also the last part of its sign-in and callback addresses. */
  static final String REGISTRATION = "council";

  private final ClientRegistrationRepository registrations;
  private final CouncilAccounts accounts;
  private final ApplicationEventPublisher events;
  private final String name;

  CouncilSignIn(
      ClientRegistrationRepository registrations,
      CouncilAccounts accounts,
      ApplicationEventPublisher events,
      String name) {
    this.registrations = registrations;
    this.accounts = accounts;
    this.events = events;
    this.name = name;
  }

  /** The council's name for the sign-in button, like "Northmoor Council", or null if not given. */
  String name() {
    return name;
  }

  void applyTo(HttpSecurity http) throws Exception {
    http.oauth2Login(
        o ->
            o.loginPage("/sign-in")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new KeepNoTokens())
                .userInfoEndpoint(u -> u.oidcUserService(accounts))
                .successHandler(new CouncilSignInSuccess(events))
                .failureHandler(new CouncilSignInFailure()));
  }

  /**
   * Tandem calls none of the council's services, so the provider's access and refresh tokens are
   * not kept in the session (which lives in the database) once the sign-in has used them.
   */
  private static final class KeepNoTokens implements OAuth2AuthorizedClientRepository {

    @Override
    public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(
        String registrationId, Authentication principal, HttpServletRequest request) {
      return null;
    }

    @Override
    public void saveAuthorizedClient(
        OAuth2AuthorizedClient client,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}

    @Override
    public void removeAuthorizedClient(
        String registrationId,
        Authentication principal,
        HttpServletRequest request,
        HttpServletResponse response) {}
  }
}
