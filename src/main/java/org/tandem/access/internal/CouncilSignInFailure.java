package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a council sign-in that did not succeed back to the sign-in page, saying whether the person
 * has no Tandem account or the sign-in itself went wrong (cancelled at the provider, or refused).
 */
final class CouncilSignInFailure implements AuthenticationFailureHandler {

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    boolean notSetUp =
        exception instanceof OAuth2AuthenticationException e
            && CouncilAccounts.NOT_SET_UP.equals(e.getError().getErrorCode());
    response.sendRedirect(
        request.getContextPath() + "/sign-in?" + (notSetUp ? "councilNotSetUp" : "councilFailed"));
  }
}
