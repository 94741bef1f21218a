package org.tandem.access.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;

/** Puts the signed-in user into every page's model, for the header's navigation. */
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
}
