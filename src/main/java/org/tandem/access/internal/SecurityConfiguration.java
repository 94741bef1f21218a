package org.tandem.access.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.tandem.access.ApiTokens;

/**
 * Two doors: the API, authenticated per request by personal token, and the pages, by a signed-in
 * session that times out when idle. Both are authorised per method by role and per case by {@link
 * org.tandem.access.CaseAccess}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none';"
          + " form-action 'self'; base-uri 'self'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(
      HttpSecurity http,
      ApiTokens tokens,
      UserAccounts accounts,
      Refusals refusals,
      Problems problems)
      throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable())
        .requestCache(c -> c.disable())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(new ProblemEntryPoint(HttpStatus.UNAUTHORIZED, problems))
                    .accessDeniedHandler(new ProblemAccessDeniedHandler(refusals, problems)))
        .addFilterBefore(
            new ApiTokenAuthenticationFilter(tokens, accounts, problems),
            UsernamePasswordAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http,
      SignInThrottle throttle,
      ObjectProvider<CouncilSignIn> council,
      SecondFactorSignIn secondFactor)
      throws Exception {
    // The council's OpenID Connect sign-in, beside the password form, only when it is configured.
    CouncilSignIn councilSignIn = council.getIfAvailable();
    if (councilSignIn != null) {
      councilSignIn.applyTo(http);
    }
    return http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/sign-in",
                        "/sign-in/code",
                        "/sign-in/enrol",
                        // A referrer's invitation link, opened before they have an account.
                        "/invitation/*",
                        "/govuk/**",
                        "/assets/**",
                        "/css/**",
                        "/js/**",
                        "/favicon.ico",
                        "/error",
                        "/actuator/health",
                        "/actuator/health/**")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/sign-in")
                    .loginProcessingUrl("/sign-in")
                    // A right password may still leave a second factor to give.
                    .successHandler(secondFactor)
                    .failureHandler(new SignInFailureHandler(throttle)))
        .addFilterBefore(
            new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        // The session cookie is deleted too: otherwise the browser brings the ended session's id
        // to /sign-in?signedOut and is sent on to "timed out" instead of "you have signed out".
        .logout(
            l ->
                l.logoutUrl("/sign-out")
                    .logoutSuccessUrl("/sign-in?signedOut")
                    .deleteCookies("JSESSIONID"))
        .sessionManagement(s -> s.invalidSessionUrl("/sign-in?timedOut"))
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .exceptionHandling(e -> e.accessDeniedPage("/error/forbidden"))
        .build();
  }
}
