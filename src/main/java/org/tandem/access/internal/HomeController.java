package org.tandem.access.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;

/** Sends each user to where their work starts. */
@Controller
class HomeController {

  private final CurrentUsers currentUsers;

  HomeController(CurrentUsers currentUsers) {
    this.currentUsers = currentUsers;
  }

  @GetMapping("/")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String home(HttpSession session, RedirectAttributes redirect) {
    // Told once, on the page their work starts on, if others tried to sign in as them.
    SignInWarning.once(session).ifPresent(w -> redirect.addFlashAttribute(SignInWarning.MODEL, w));
    CurrentUser me = currentUsers.current();
    if (me.worksWithCases()) {
      return "redirect:/my-work";
    }
    if (me.has(Role.COMMISSIONER)) {
      return "redirect:/outcomes";
    }
    if (me.has(Role.REFERRER)) {
      return "redirect:/referrer/referrals";
    }
    if (me.has(Role.SYSTEM_ADMINISTRATOR)) {
      return "redirect:/admin/users";
    }
    return "redirect:/account";
  }
}
