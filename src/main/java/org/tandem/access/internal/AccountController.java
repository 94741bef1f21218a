package org.tandem.access.internal;

import jakarta.servlet.http.HttpSession;
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
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;

/** A user's own page: who they are and their personal API tokens. */
@Controller
class AccountController {

  private final ApiTokens tokens;
  private final CurrentUsers currentUsers;
  private final Accounts accounts;
  private final PasswordRules passwordRules;

  AccountController(
      ApiTokens tokens, CurrentUsers currentUsers, Accounts accounts, PasswordRules passwordRules) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.currentUsers = currentUsers;
    this.passwordRules = passwordRules;
  }

  @GetMapping("/account")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String account(Model model, HttpSession session) {
    model.addAttribute("tokens", tokens.activeTokens(currentUsers.current().id()));
    // Failed sign-ins before this one stay in view here for as long as this session lasts.
    SignInWarning.of(session).ifPresent(w -> model.addAttribute(SignInWarning.MODEL, w));
    return "access/account";
  }

  @PostMapping("/account/tokens")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String create(
      @RequestParam(defaultValue = "") String name,
      Model model,
      HttpSession session,
      RedirectAttributes redirect) {
    String trimmed = name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 80) {
      model.addAttribute(
          "nameError",
          trimmed.isEmpty() ? "Enter a name for the token" : "Name must be 80 characters or fewer");
      model.addAttribute("name", name);
      return account(model, session);
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
      HttpSession session,
      RedirectAttributes redirect) {
    CurrentUser me = currentUsers.current();
    Map<String, String> problems = new LinkedHashMap<>();
    if (currentPassword.isEmpty()) {
      problems.put("currentPassword", "Enter your current password");
    }
    if (newPassword.length() < PasswordRules.MINIMUM_LENGTH) {
      problems.put("newPassword", "Your new password must be at least 12 characters");
    } else if (newPassword.length() > PasswordRules.MAXIMUM_LENGTH) {
      problems.put("newPassword", "Your new password must be 128 characters or fewer");
    } else {
      passwordRules
          .problem(
              newPassword,
              me.username(),
              me.displayName(),
              "Your new password must not contain your username or your name")
          .ifPresent(p -> problems.put("newPassword", p));
    }
    if (!problems.containsKey("newPassword") && !newPassword.equals(confirmPassword)) {
      problems.put("confirmPassword", "The passwords do not match");
    }
    if (problems.isEmpty() && !accounts.changePassword(me.id(), currentPassword, newPassword)) {
      problems.put("currentPassword", "Your current password is not right");
    }
    if (!problems.isEmpty()) {
      model.addAttribute("passwordProblems", problems);
      return account(model, session);
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
