package org.tandem.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.access.TandemPrincipal;

/**
 * After a sign-in through the form: clears the account's failures and keeps what its owner should
 * be told about them in the new session. Failures are counted by {@link SignInFailureHandler},
 * which sees the request.
 */
@Component
class SignInAttempts {

  private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

  private final SignInThrottle throttle;

  SignInAttempts(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    if (event.getAuthentication().getPrincipal() instanceof TandemPrincipal principal
        && event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
      log.info(
          "{} gave the right password from {}",
          principal.getUsername(),
          details.getRemoteAddress());
      throttle
          .succeeded(principal.getUsername(), details.getRemoteAddress())
          .ifPresent(
              warning -> {
                // The session survives the change of its id that follows a sign-in.
                if (RequestContextHolder.getRequestAttributes()
                    instanceof ServletRequestAttributes request) {
                  warning.keepIn(request.getRequest().getSession());
                }
              });
    }
  }
}
