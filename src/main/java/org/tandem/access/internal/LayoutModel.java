package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;

/**
 * Puts the signed-in user into every page's model, for the header and the service navigation, and
 * where the page sits in that navigation, so it can mark the current page.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

  private final CurrentUsers currentUsers;

  LayoutModel(CurrentUsers currentUsers) {
    this.currentUsers = currentUsers;
  }

  @ModelAttribute("me")
  CurrentUser me() {
    return currentUsers.currentOrNull();
  }

  @ModelAttribute("navigationPlace")
  NavigationPlace navigationPlace(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return NavigationPlace.of(
        context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri);
  }
}
