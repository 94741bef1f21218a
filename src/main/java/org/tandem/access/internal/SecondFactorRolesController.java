package org.tandem.access.internal;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Accounts;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.SecondFactors;
import org.tandem.web.NotFoundException;

/**
 * The system administrator says which roles must use a second factor to sign in, and takes away the
 * authenticator of someone who has lost both it and their recovery codes, having made sure it is
 * them: they set up a new one at their next sign-in if their role must use one.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMINISTRATOR')")
class SecondFactorRolesController {

  private static final Logger log = LoggerFactory.getLogger(SecondFactorRolesController.class);

  private final SecondFactors factors;
  private final CurrentUsers currentUsers;
  private final Accounts accounts;
  private final AccessWords words;

  SecondFactorRolesController(
      SecondFactors factors, CurrentUsers currentUsers, Accounts accounts, AccessWords words) {
    this.factors = factors;
    this.currentUsers = currentUsers;
    this.accounts = accounts;
    this.words = words;
  }

  @GetMapping("/admin/two-factor")
  String roles(Model model) {
    model.addAttribute("roles", Role.values());
    model.addAttribute("required", factors.requiredRoles());
    return "access/two-factor-roles";
  }

  /** Unticking every box is a choice too, so no roles at all is accepted. */
  @PostMapping("/admin/two-factor")
  String save(
      @RequestParam(name = "roles", required = false) List<Role> roles,
      RedirectAttributes redirect) {
    Set<Role> chosen = roles == null ? Set.of() : Set.copyOf(roles);
    factors.require(chosen);
    log.info(
        "{} set the roles that must use a second factor: {}",
        currentUsers.current().username(),
        chosen);
    redirect.addFlashAttribute("saved", true);
    return "redirect:/admin/two-factor";
  }

  @PostMapping("/admin/users/{id}/two-factor/reset")
  String reset(@PathVariable long id, RedirectAttributes redirect) {
    Accounts.UserSummary user =
        accounts.users().stream()
            .filter(u -> u.id() == id)
            .findFirst()
            .orElseThrow(() -> new NotFoundException(words.say("access.problem.noSuchAccount")));
    factors.turnOff(id);
    log.info(
        "{} reset the second factor of {}", currentUsers.current().username(), user.username());
    redirect.addFlashAttribute("done", words.say("access.secondFactor.resetFor", user.username()));
    return "redirect:/admin/users";
  }
}
