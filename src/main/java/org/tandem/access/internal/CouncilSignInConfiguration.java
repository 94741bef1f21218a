package org.tandem.access.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * The council's sign-in (OpenID Connect), made only when {@code TANDEM_OIDC_ISSUER_URI} is set:
 * with it unset there is no client registration at all and the sign-in page offers passwords only.
 * The provider is found by OpenID discovery from the issuer, so Entra ID, Keycloak and Google
 * Workspace need nothing more than their issuer, a client id and its secret.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${tandem.oidc.issuer-uri:}'.isBlank()")
class CouncilSignInConfiguration {

  @Bean
  ClientRegistrationRepository councilRegistration(
      @Value("${tandem.oidc.issuer-uri}") String issuer,
      @Value("${tandem.oidc.client-id:}") String clientId,
      @Value("${tandem.oidc.client-secret:}") String clientSecret) {
    if (clientId.isBlank()) {
      throw new IllegalStateException(
          "TANDEM_OIDC_ISSUER_URI is set but TANDEM_OIDC_CLIENT_ID is not: set both, or neither");
    }
    return new InMemoryClientRegistrationRepository(
        ClientRegistrations.fromIssuerLocation(issuer.strip())
            .registrationId(CouncilSignIn.REGISTRATION)
            .clientId(clientId.strip())
            .clientSecret(clientSecret.strip())
            .scope("openid", "email", "profile")
            .build());
  }

  @Bean
  CouncilSignIn councilSignIn(
      ClientRegistrationRepository registrations,
      UserAccounts accounts,
      ApplicationEventPublisher events,
      @Value("${tandem.oidc.name:}") String name) {
    return new CouncilSignIn(
        registrations, new CouncilAccounts(accounts), events, name.isBlank() ? null : name.strip());
  }
}
