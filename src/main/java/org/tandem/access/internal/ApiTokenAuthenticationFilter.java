package org.tandem.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.access.ApiTokens;
import org.tandem.access.TandemPrincipal;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} personal token. A token of a
 * withdrawn account authenticates nobody; failed sign-ins at the form never stop a token.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final UserAccounts accounts;

  ApiTokenAuthenticationFilter(ApiTokens tokens, UserAccounts accounts) {
    this.tokens = tokens;
    this.accounts = accounts;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String token = header.substring(7).trim();
      tokens
          .ownerOf(token)
          .flatMap(accounts::findById)
          .filter(TandemPrincipal::isEnabled)
          .ifPresent(
              principal ->
                  SecurityContextHolder.getContext()
                      .setAuthentication(
                          UsernamePasswordAuthenticationToken.authenticated(
                              principal, null, principal.getAuthorities())));
    }
    chain.doFilter(request, response);
  }
}
