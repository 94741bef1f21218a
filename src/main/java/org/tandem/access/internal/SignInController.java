package org.tandem.access.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The sign-in page; Spring Security handles the form's submission and, when it is configured, the
 * council's sign-in.
 */
@Controller
class SignInController {

  private final ObjectProvider<CouncilSignIn> council;

  SignInController(ObjectProvider<CouncilSignIn> council) {
    this.council = council;
  }

  /** Whether the page offers the council sign-in as well as passwords. */
  @ModelAttribute("councilSignIn")
  boolean councilSignIn() {
    return council.getIfAvailable() != null;
  }

  /** The council's name for its sign-in button, or null for the general words. */
  @ModelAttribute("councilName")
  String councilName() {
    CouncilSignIn signIn = council.getIfAvailable();
    return signIn == null ? null : signIn.name();
  }

  @GetMapping("/sign-in")
  String signIn() {
    return "access/sign-in";
  }
}
