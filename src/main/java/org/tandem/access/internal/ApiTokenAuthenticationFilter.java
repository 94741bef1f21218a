package org.tandem.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tandem.access.ApiTokens;
import org.tandem.access.TandemPrincipal;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} personal token. A token of a
 * withdrawn account authenticates nobody, nor does a revoked or expired one; a read-only token is
 * refused any request that could change something. Failed sign-ins at the form never stop a token.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

  private final ApiTokens tokens;
  private final UserAccounts accounts;
  private final Problems problems;

  ApiTokenAuthenticationFilter(ApiTokens tokens, UserAccounts accounts, Problems problems) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      Optional<ApiTokens.Holder> holder = tokens.authenticate(header.substring(7).trim());
      Optional<TandemPrincipal> principal =
          holder
              .map(ApiTokens.Holder::userId)
              .flatMap(accounts::findById)
              .filter(TandemPrincipal::isEnabled);
      if (principal.isPresent()
          && holder.get().scope() == ApiTokens.Scope.READ_ONLY
          && !READING.contains(request.getMethod())) {
        problems.write(
            request,
            response,
            HttpStatus.FORBIDDEN,
            "access.api.problem.readOnly.title",
            "access.api.problem.readOnly.detail");
        return;
      }
      principal.ifPresent(
          p ->
              SecurityContextHolder.getContext()
                  .setAuthentication(
                      UsernamePasswordAuthenticationToken.authenticated(
                          p, null, p.getAuthorities())));
    }
    chain.doFilter(request, response);
  }
}
