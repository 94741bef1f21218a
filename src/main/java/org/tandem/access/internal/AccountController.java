package org.tandem.access.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Accounts;
import org.tandem.access.ApiTokens;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;

/** A user's own page: who they are and their personal API tokens. */
@Controller
class AccountController {

  private final ApiTokens tokens;
  private final CurrentUsers currentUsers;
  private final Accounts accounts;

  AccountController(ApiTokens tokens, CurrentUsers currentUsers, Accounts accounts) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/account")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String account(Model model) {
    model.addAttribute("tokens", tokens.activeTokens(currentUsers.current().id()));
    return "access/account";
  }

  @PostMapping("/account/tokens")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String create(
      @RequestParam(defaultValue = "") String name, Model model, RedirectAttributes redirect) {
    String trimmed = name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 80) {
      model.addAttribute(
          "nameError",
          trimmed.isEmpty() ? "Enter a name for the token" : "Name must be 80 characters or fewer");
      model.addAttribute("name", name);
      return account(model);
    }
    redirect.addFlashAttribute("newToken", tokens.create(currentUsers.current().id(), trimmed));
    return "redirect:/account";
  }

  @PostMapping("/account/password")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String changePassword(
      @RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String newPassword,
      @RequestParam(defaultValue = "") String confirmPassword,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (currentPassword.isEmpty()) {
      problems.put("currentPassword", "Enter your current password");
    }
    if (newPassword.length() < 12) {
      problems.put("newPassword", "Your new password must be at least 12 characters");
    } else if (!newPassword.equals(confirmPassword)) {
      problems.put("confirmPassword", "The passwords do not match");
    }
    if (problems.isEmpty()
        && !accounts.changePassword(currentUsers.current().id(), currentPassword, newPassword)) {
      problems.put("currentPassword", "Your current password is not right");
    }
    if (!problems.isEmpty()) {
      model.addAttribute("passwordProblems", problems);
      return account(model);
    }
    redirect.addFlashAttribute("passwordChanged", true);
    return "redirect:/account";
  }

  @PostMapping("/account/tokens/{id}/revoke")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String revoke(@PathVariable long id, RedirectAttributes redirect) {
    if (tokens.revoke(currentUsers.current().id(), id)) {
      redirect.addFlashAttribute("revoked", true);
    }
    return "redirect:/account";
  }
}
