package org.tandem.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.tandem.access.TandemPrincipal;

/**
 * Completes a council sign-in by putting the Tandem account in the session exactly as a password
 * sign-in does, so that everything after it (the current user, case access, the audit) sees one
 * kind of signed-in user, and announces it as a password sign-in is announced. Then goes where the
 * person was going, or to their start page.
 */
final class CouncilSignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

  private static final Logger log = LoggerFactory.getLogger(CouncilSignInSuccess.class);

  private final SecurityContextRepository contexts =
      new DelegatingSecurityContextRepository(
          new RequestAttributeSecurityContextRepository(),
          new HttpSessionSecurityContextRepository());
  private final ApplicationEventPublisher events;

  CouncilSignInSuccess(ApplicationEventPublisher events) {
    this.events = events;
    setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication council)
      throws ServletException, IOException {
    TandemPrincipal account = ((CouncilUser) council.getPrincipal()).account();
    // The roles are the account's; how the person proved who they are (Spring Security's factor
    // authority, FACTOR_AUTHORIZATION_CODE) is kept, as a password sign-in keeps FACTOR_PASSWORD.
    List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
    council.getAuthorities().stream()
        .filter(FactorGrantedAuthority.class::isInstance)
        .forEach(authorities::add);
    UsernamePasswordAuthenticationToken signedIn =
        UsernamePasswordAuthenticationToken.authenticated(account, null, authorities);
    signedIn.setDetails(council.getDetails());
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(signedIn);
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    contexts.saveContext(context, request, response);
    events.publishEvent(new AuthenticationSuccessEvent(signedIn));
    log.info("{} signed in with their council account", account.getUsername());
    super.onAuthenticationSuccess(request, response, signedIn);
  }
}
