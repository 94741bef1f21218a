package org.tandem.access.internal;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Accounts;
import org.tandem.access.ApiTokens;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.DateInput;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Languages;

/** A user's own page: who they are and their personal API tokens. */
@Controller
class AccountController {

  private final ApiTokens tokens;
  private final CurrentUsers currentUsers;
  private final Accounts accounts;
  private final PasswordRules passwordRules;
  private final ServiceClock clock;
  private final MessageSource messages;

  AccountController(
      ApiTokens tokens,
      CurrentUsers currentUsers,
      Accounts accounts,
      PasswordRules passwordRules,
      ServiceClock clock,
      MessageSource messages) {
    this.tokens = tokens;
    this.accounts = accounts;
    this.currentUsers = currentUsers;
    this.passwordRules = passwordRules;
    this.clock = clock;
    this.messages = messages;
  }

  private String say(String key) {
    return messages.getMessage(key, null, Languages.current());
  }

  /**
   * DateInput's own problem, in the reader's language: whether the date is part-typed or unreal.
   */
  private String lastDayProblem(DateInput typed) {
    if (typed == null || typed.problem("") == null) {
      return null;
    }
    boolean partial =
        Stream.of(typed.getDay(), typed.getMonth(), typed.getYear())
            .anyMatch(part -> part == null || part.isBlank());
    return say(
        partial
            ? "access.account.problem.lastDayIncomplete"
            : "access.account.problem.lastDayNotReal");
  }

  @GetMapping("/account")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String account(Model model, HttpSession session) {
    if (!model.containsAttribute("tokenForm")) {
      model.addAttribute("tokenForm", new TokenForm());
    }
    model.addAttribute("tokens", tokens.activeTokens(currentUsers.current().id()));
    model.addAttribute("scopes", ApiTokens.Scope.values());
    model.addAttribute("lastsChoices", TokenForm.Lasts.values());
    model.addAttribute("lastDays", TokenForm.lastDays(clock.today()));
    model.addAttribute("latestDay", tokens.latestLastDay());
    // Failed sign-ins before this one stay in view here for as long as this session lasts.
    SignInWarning.of(session).ifPresent(w -> model.addAttribute(SignInWarning.MODEL, w));
    return "access/account";
  }

  @PostMapping("/account/tokens")
  @PreAuthorize(Roles.ANY_SIGNED_IN)
  String create(
      @ModelAttribute("tokenForm") TokenForm form,
      BindingResult errors,
      Model model,
      HttpSession session,
      RedirectAttributes redirect) {
    FormProblems problems = new FormProblems(errors);
    if (form.getLasts() == null) {
      problems.found(
          List.of(new FieldProblem("lasts", say("access.account.problem.selectHowLong"))));
    } else if (form.getLasts() == TokenForm.Lasts.DATE) {
      // The date boxes count only when a date was chosen: otherwise they are hidden and unsent.
      problems.typed("lastDay", lastDayProblem(form.getLastDay()));
    }
    return FormFlow.submit(
        problems,
        model,
        () -> {
          String token =
              tokens.create(
                  currentUsers.current().id(),
                  form.getName(),
                  form.getScope(),
                  form.lastDay(clock.today()));
          redirect.addFlashAttribute("newToken", token);
          return "redirect:/account";
        },
        () -> account(model, session));
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
      problems.put("currentPassword", say("access.password.enterCurrent"));
    }
    if (newPassword.length() < PasswordRules.MINIMUM_LENGTH) {
      problems.put("newPassword", say("access.password.atLeast12"));
    } else if (newPassword.length() > PasswordRules.MAXIMUM_LENGTH) {
      problems.put("newPassword", say("access.password.atMost128"));
    } else {
      passwordRules
          .problem(
              newPassword, me.username(), me.displayName(), say("access.password.holdsOwnName"))
          .ifPresent(p -> problems.put("newPassword", p));
    }
    if (!problems.containsKey("newPassword") && !newPassword.equals(confirmPassword)) {
      problems.put("confirmPassword", say("access.password.doNotMatch"));
    }
    if (problems.isEmpty() && !accounts.changePassword(me.id(), currentPassword, newPassword)) {
      problems.put("currentPassword", say("access.password.currentNotRight"));
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
