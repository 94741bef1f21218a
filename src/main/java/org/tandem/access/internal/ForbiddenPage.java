package org.tandem.access.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.access.Roles;

/** The page Spring Security shows when a signed-in user's role does not allow a page. */
@Controller
class ForbiddenPage {

  // Every method: Spring Security forwards the refused request here as it came, so a refused POST
  // (a form with a missing or forged CSRF token) must get this page too, not a 405.
  @RequestMapping("/error/forbidden")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String forbidden(jakarta.servlet.http.HttpServletResponse response) {
    response.setStatus(403);
    return "error/forbidden";
  }
}
