package org.tandem.access.internal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.tandem.access.SecondFactors;
import org.tandem.access.TandemPrincipal;
import org.tandem.calendar.ServiceClock;

/**
 * The step between a right password and a signed-in user. Spring Security has already put the user
 * in a new session when this runs; someone who has an authenticator, or whose role must have one,
 * is taken out again and left with only a {@link PendingSignIn}, and gets their roles when {@link
 * #complete} is called after a right code. Nobody else can be holding the new session in between:
 * its id was made in this request and goes only to this browser.
 */
@Component
class SecondFactorSignIn implements AuthenticationSuccessHandler {

  private final SecondFactors factors;
  private final UserAccounts accounts;
  private final ServiceClock clock;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final SavedRequestAwareAuthenticationSuccessHandler signedIn =
      new SavedRequestAwareAuthenticationSuccessHandler();

  SecondFactorSignIn(SecondFactors factors, UserAccounts accounts, ServiceClock clock) {
    this.factors = factors;
    this.accounts = accounts;
    this.clock = clock;
    signedIn.setDefaultTargetUrl("/");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    if (authentication.getPrincipal() instanceof TandemPrincipal principal) {
      long id = principal.user().id();
      boolean enrolled = factors.enrolled(id);
      if (enrolled || factors.requiredFor(principal.user().roles())) {
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request
            .getSession()
            .setAttribute(
                PendingSignIn.ATTRIBUTE,
                new PendingSignIn(id, !enrolled, clock.instant(), 0, null));
        response.sendRedirect(
            request.getContextPath() + (enrolled ? "/sign-in/code" : "/sign-in/enrol"));
        return;
      }
    }
    signedIn.onAuthenticationSuccess(request, response, authentication);
  }

  /** The half sign-in in this session, if there is one still open. */
  Optional<PendingSignIn> pending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(PendingSignIn.ATTRIBUTE) instanceof PendingSignIn pending)) {
      return Optional.empty();
    }
    if (pending.expired(clock.instant())) {
      session.removeAttribute(PendingSignIn.ATTRIBUTE);
      return Optional.empty();
    }
    return Optional.of(pending);
  }

  void update(HttpServletRequest request, PendingSignIn pending) {
    request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, pending);
  }

  void end(HttpServletRequest request) {
    request.getSession().removeAttribute(PendingSignIn.ATTRIBUTE);
  }

  /**
   * Signs the pending user in, in a session with a new id, if their account is still open; where to
   * go next (the page they first asked for, or the start page), or empty if it is not.
   */
  Optional<String> complete(
      HttpServletRequest request, HttpServletResponse response, PendingSignIn pending) {
    end(request);
    Optional<TandemPrincipal> found =
        accounts.findById(pending.userId()).filter(p -> p.isEnabled() && p.isAccountNonLocked());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TandemPrincipal principal = found.get();
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    // The roles, and how the person proved who they are (Spring Security's factor authorities), as
    // a sign-in with the password alone keeps FACTOR_PASSWORD.
    List<GrantedAuthority> authorities = new ArrayList<>(principal.getAuthorities());
    authorities.add(
        FactorGrantedAuthority.withFactor("PASSWORD").issuedAt(pending.startedAt()).build());
    authorities.add(FactorGrantedAuthority.withFactor("TOTP").issuedAt(clock.instant()).build());
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    SavedRequest saved = cache.getRequest(request, response);
    cache.removeRequest(request, response);
    return Optional.of(saved == null ? "/" : saved.getRedirectUrl());
  }
}
