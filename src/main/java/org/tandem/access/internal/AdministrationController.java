package org.tandem.access.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
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
import org.tandem.access.Areas;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Languages;
import org.tandem.web.Validation;

/**
 * The system administrator's pages: local accounts, their roles and teams, and the areas each team
 * covers. No case content is reachable from here.
 */
@Controller
class AdministrationController {

  private static final Logger log = LoggerFactory.getLogger(AdministrationController.class);
  private static final String ADMINISTRATOR = "hasRole('SYSTEM_ADMINISTRATOR')";

  private final Accounts accounts;
  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final PasswordRules passwordRules;
  private final MessageSource messages;

  AdministrationController(
      Accounts accounts,
      Areas areas,
      CurrentUsers currentUsers,
      Validation validation,
      PasswordRules passwordRules,
      MessageSource messages) {
    this.accounts = accounts;
    this.areas = areas;
    this.currentUsers = currentUsers;
    this.validation = validation;
    this.passwordRules = passwordRules;
    this.messages = messages;
  }

  private String say(String key, Object... args) {
    return messages.getMessage(key, args, Languages.current());
  }

  @GetMapping("/admin/users")
  @PreAuthorize(ADMINISTRATOR)
  String users(Model model) {
    if (!model.containsAttribute("user")) {
      model.addAttribute("user", new UserForm());
    }
    model.addAttribute("users", accounts.users());
    model.addAttribute("teams", accounts.teams());
    model.addAttribute("roles", Role.values());
    return "access/users";
  }

  @PostMapping("/admin/users")
  @PreAuthorize(ADMINISTRATOR)
  String createUser(
      @ModelAttribute("user") UserForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    NewUser user = form.toNewUser();
    List<FieldProblem> problems = new ArrayList<>(validation.problems(user));
    if (user.username() != null
        && !user.username().isBlank()
        && accounts.usernameTaken(user.username().strip())) {
      problems.add(new FieldProblem("username", say("access.users.problem.usernameTaken")));
    }
    // Only a password of the right length is judged, so that one problem is said at a time.
    if (problems.stream().noneMatch(p -> p.field().equals("password"))) {
      passwordRules
          .problem(
              user.password(),
              user.username(),
              user.displayName(),
              say("access.users.problem.holdsOwnName"))
          .ifPresent(problem -> problems.add(new FieldProblem("password", problem)));
    }
    if (user.email() != null && accounts.emailTaken(user.email(), null)) {
      problems.add(new FieldProblem("email", say(WorkEmail.TAKEN)));
    }
    return FormFlow.submit(
        new FormProblems(errors).found(problems),
        model,
        () -> {
          accounts.createUser(
              user.username().strip(),
              user.displayName().strip(),
              user.password(),
              user.teamId(),
              user.roles(),
              user.email());
          log.info(
              "{} created the account {}",
              currentUsers.current().username(),
              user.username().strip());
          redirect.addFlashAttribute("done", say("access.users.created", user.username().strip()));
          return "redirect:/admin/users";
        },
        () -> {
          form.setPassword("");
          return users(model);
        });
  }

  @PostMapping("/admin/users/{id}/withdraw")
  @PreAuthorize(ADMINISTRATOR)
  String withdraw(@PathVariable long id, RedirectAttributes redirect) {
    if (id == currentUsers.current().id()) {
      redirect.addFlashAttribute("done", say("access.users.cannotWithdrawOwn"));
      return "redirect:/admin/users";
    }
    accounts.setEnabled(id, false);
    redirect.addFlashAttribute("done", say("access.users.withdrawnDone"));
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/restore")
  @PreAuthorize(ADMINISTRATOR)
  String restore(@PathVariable long id, RedirectAttributes redirect) {
    accounts.setEnabled(id, true);
    redirect.addFlashAttribute("done", say("access.users.restored"));
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/teams")
  @PreAuthorize(ADMINISTRATOR)
  String teams(Model model) {
    if (!model.containsAttribute("team")) {
      model.addAttribute("team", new TeamForm());
    }
    model.addAttribute("teams", accounts.teams());
    model.addAttribute("areas", areas.all());
    return "access/teams";
  }

  @PostMapping("/admin/teams")
  @PreAuthorize(ADMINISTRATOR)
  String createTeam(
      @ModelAttribute("team") TeamForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    NewTeam team = new NewTeam(form.getName(), form.getAreaIds());
    List<FieldProblem> problems = new ArrayList<>(validation.problems(team));
    if (team.name() != null
        && !team.name().isBlank()
        && accounts.teamNameTaken(team.name().strip())) {
      problems.add(new FieldProblem("name", say("access.problem.teamNameTaken")));
    }
    return FormFlow.submit(
        new FormProblems(errors).found(problems),
        model,
        () -> {
          accounts.createTeam(team.name().strip(), team.areaIds());
          redirect.addFlashAttribute("done", say("access.teams.created", team.name().strip()));
          return "redirect:/admin/teams";
        },
        () -> teams(model));
  }

  /** The new-account form, holding what was typed. */
  public static class UserForm {
    private String username;
    private String displayName;
    private Long teamId;
    private List<Role> roles = new ArrayList<>();
    private String password;
    private String email;

    NewUser toNewUser() {
      return new NewUser(
          username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT),
          displayName,
          teamId,
          roles == null ? List.of() : roles,
          password,
          WorkEmail.orNull(email));
    }

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getDisplayName() {
      return displayName;
    }

    public void setDisplayName(String displayName) {
      this.displayName = displayName;
    }

    public Long getTeamId() {
      return teamId;
    }

    public void setTeamId(Long teamId) {
      this.teamId = teamId;
    }

    public List<Role> getRoles() {
      return roles;
    }

    public void setRoles(List<Role> roles) {
      this.roles = roles;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }

  /** The new-team form. */
  public static class TeamForm {
    private String name;
    private List<Long> areaIds = new ArrayList<>();

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public List<Long> getAreaIds() {
      return areaIds;
    }

    public void setAreaIds(List<Long> areaIds) {
      this.areaIds = areaIds;
    }
  }
}
