package org.tandem;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Runs work as a signed-in user, for a test that calls a service directly: a pass through the wall
 * comes from the signed-in user's role and areas, as it does for a request.
 */
public final class SignedIn {

  private SignedIn() {}

  public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
