package org.tandem.access.internal;

import org.springframework.ui.Model;
import org.tandem.access.SecondFactors;

/** What the page for setting up an authenticator shows, while signing in or from the account. */
final class SetUpModel {

  private SetUpModel() {}

  static void fill(
      Model model,
      SecondFactors factors,
      String username,
      String secret,
      String action,
      boolean duringSignIn) {
    model.addAttribute("qrCode", QrCode.dataUri(factors.uri(username, secret)));
    // In groups of four, as apps show it and people can copy it without losing their place.
    model.addAttribute("secret", secret.replaceAll("(.{4})(?=.)", "$1 "));
    model.addAttribute("action", action);
    model.addAttribute("duringSignIn", duringSignIn);
  }
}
