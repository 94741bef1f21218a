package org.tandem.access.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form's submission. */
@Controller
class SignInController {

  @GetMapping("/sign-in")
  String signIn() {
    return "access/sign-in";
  }
}
