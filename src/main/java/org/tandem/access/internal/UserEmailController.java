package org.tandem.access.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Accounts;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.NotFoundException;
import org.tandem.web.Validation;

/**
 * The system administrator sets or changes an account's work email address: the address the
 * council's sign-in finds the account by. Left empty, the account signs in with its password only.
 */
@Controller
class UserEmailController {

  private static final String ADMINISTRATOR = "hasRole('SYSTEM_ADMINISTRATOR')";

  private final Accounts accounts;
  private final Validation validation;
  private final AccessWords words;

  UserEmailController(Accounts accounts, Validation validation, AccessWords words) {
    this.accounts = accounts;
    this.validation = validation;
    this.words = words;
  }

  /** The email address as typed. */
  public record EmailChange(
      @Email(regexp = WorkEmail.FORMAT, message = WorkEmail.WRONG_FORMAT)
          @Size(max = 254, message = WorkEmail.TOO_LONG)
          String email) {}

  /** The form, holding what was typed. */
  public static class EmailForm {
    private String email;

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }

  @GetMapping("/admin/users/{id}/email")
  @PreAuthorize(ADMINISTRATOR)
  String show(@PathVariable long id, Model model) {
    Accounts.UserSummary user = user(id);
    if (!model.containsAttribute("form")) {
      EmailForm form = new EmailForm();
      form.setEmail(user.email());
      model.addAttribute("form", form);
    }
    model.addAttribute("account", user);
    return "access/user-email";
  }

  @PostMapping("/admin/users/{id}/email")
  @PreAuthorize(ADMINISTRATOR)
  String change(
      @PathVariable long id,
      @ModelAttribute("form") EmailForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    Accounts.UserSummary user = user(id);
    EmailChange change = new EmailChange(WorkEmail.orNull(form.getEmail()));
    List<FieldProblem> problems = new ArrayList<>(validation.problems(change));
    if (change.email() != null && accounts.emailTaken(change.email(), id)) {
      problems.add(words.problem("email", WorkEmail.TAKEN));
    }
    return FormFlow.submit(
        new FormProblems(errors).found(problems),
        model,
        () -> {
          accounts.setEmail(id, change.email());
          redirect.addFlashAttribute("done", words.say("access.userEmail.saved", user.username()));
          return "redirect:/admin/users";
        },
        () -> show(id, model));
  }

  private Accounts.UserSummary user(long id) {
    return accounts.users().stream()
        .filter(u -> u.id() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundException(words.say("access.problem.noSuchAccount")));
  }
}
