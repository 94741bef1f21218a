package org.tandem.access.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.tandem.access.ApiTokens;

/**
 * The API's description ({@code /v3/api-docs}, in JSON and YAML) is for the service's own users and
 * the integrators they give a token to, not for anyone who finds the address: it names every
 * endpoint and field an attacker would try. Either door lets a user in, a signed-in page session or
 * a personal API token; anyone else gets 401 with a problem-details body.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain apiDocs(
      HttpSecurity http, ApiTokens tokens, UserAccounts accounts, Problems problems)
      throws Exception {
    return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .requestCache(c -> c.disable())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                    new ProblemEntryPoint(HttpStatus.UNAUTHORIZED, problems)))
        .addFilterBefore(
            new ApiTokenAuthenticationFilter(tokens, accounts, problems),
            UsernamePasswordAuthenticationFilter.class)
        .build();
  }
}
