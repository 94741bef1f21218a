package org.tandem.access.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.access.Roles;

/** The page Spring Security shows when a signed-in user's role does not allow a page. */
@Controller
class ForbiddenPage {

  private final Refusals refusals;

  ForbiddenPage(Refusals refusals) {
    this.refusals = refusals;
  }

  // Every method: Spring Security forwards the refused request here as it came, so a refused POST
  // (a form with a missing or forged CSRF token) must get this page too, not a 405.
  @RequestMapping("/error/forbidden")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String forbidden(HttpServletRequest request, HttpServletResponse response) {
    // Only a refusal forwarded here is recorded: asking for this page itself refuses nothing.
    if (request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) != null) {
      Object denied = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
      refusals.refused(request, 403, denied instanceof Exception e ? e : null);
    }
    response.setStatus(403);
    return "error/forbidden";
  }
}
