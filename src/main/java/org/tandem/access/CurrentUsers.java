package org.tandem.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Finds the signed-in user, whether they came through a page session or an API token. */
@Component
public class CurrentUsers {

  public CurrentUser current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof TandemPrincipal p) {
      return p.user();
    }
    throw new IllegalStateException("No signed-in Tandem user");
  }

  /** The user, or null before sign-in. */
  public CurrentUser currentOrNull() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof TandemPrincipal p) {
      return p.user();
    }
    return null;
  }
}
