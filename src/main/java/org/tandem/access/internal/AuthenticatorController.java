package org.tandem.access.internal;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.access.Sealing;
import org.tandem.access.SecondFactors;

/**
 * A signed-in user's authenticator, from their account page: setting one up (confirmed with a code
 * before it takes effect), new recovery codes, and turning it off with a current code when their
 * role does not require it.
 */
@Controller
@PreAuthorize(Roles.ANY_SIGNED_IN)
class AuthenticatorController {

  private static final Logger log = LoggerFactory.getLogger(AuthenticatorController.class);

  /**
   * The secret being set up, kept in the session so the page shows the same one until confirmed.
   * Sessions are kept in PostgreSQL, so it is kept sealed with the data key there too.
   */
  private static final String NEW_SECRET = AuthenticatorController.class.getName() + ".secret";

  private final SecondFactors factors;
  private final CurrentUsers currentUsers;
  private final Sealing encryption;

  AuthenticatorController(SecondFactors factors, CurrentUsers currentUsers, Sealing encryption) {
    this.factors = factors;
    this.currentUsers = currentUsers;
    this.encryption = encryption;
  }

  @GetMapping("/account/two-factor")
  String setUp(HttpSession session, Model model) {
    if (!(session.getAttribute(NEW_SECRET) instanceof String)) {
      session.setAttribute(NEW_SECRET, encryption.seal(factors.newSecret()));
    }
    SetUpModel.fill(
        model,
        factors,
        currentUsers.current().username(),
        encryption.open((String) session.getAttribute(NEW_SECRET)),
        "/account/two-factor",
        false);
    return "access/two-factor-set-up";
  }

  @PostMapping("/account/two-factor")
  String confirm(
      HttpSession session,
      @RequestParam(defaultValue = "") String code,
      Model model,
      RedirectAttributes redirect) {
    if (!(session.getAttribute(NEW_SECRET) instanceof String secret)) {
      return "redirect:/account/two-factor";
    }
    Optional<List<String>> codes =
        code.isBlank()
            ? Optional.empty()
            : factors.enrol(currentUsers.current().id(), encryption.open(secret), code);
    if (codes.isEmpty()) {
      model.addAttribute(
          "codeError",
          code.isBlank()
              ? "access.secondFactor.enterTheCode"
              : "access.secondFactor.theCodeIsNotRight");
      model.addAttribute("code", code);
      return setUp(session, model);
    }
    session.removeAttribute(NEW_SECRET);
    log.info("{} set up an authenticator", currentUsers.current().username());
    redirect.addFlashAttribute("recoveryCodes", codes.get());
    return "redirect:/account/two-factor/recovery-codes";
  }

  /** The recovery codes just made: shown once, straight after they are made, and never again. */
  @GetMapping("/account/two-factor/recovery-codes")
  String recoveryCodes(Model model) {
    return model.containsAttribute("recoveryCodes") ? "access/recovery-codes" : "redirect:/account";
  }

  @PostMapping("/account/two-factor/recovery-codes")
  String newRecoveryCodes(RedirectAttributes redirect) {
    long id = currentUsers.current().id();
    if (!factors.enrolled(id)) {
      return "redirect:/account";
    }
    redirect.addFlashAttribute("recoveryCodes", factors.newRecoveryCodes(id));
    return "redirect:/account/two-factor/recovery-codes";
  }

  @GetMapping("/account/two-factor/off")
  String turnOffPage(Model model) {
    CurrentUser me = currentUsers.current();
    if (!factors.enrolled(me.id())) {
      return "redirect:/account";
    }
    model.addAttribute("required", factors.requiredFor(me.roles()));
    return "access/two-factor-off";
  }

  @PostMapping("/account/two-factor/off")
  String turnOff(
      @RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect) {
    CurrentUser me = currentUsers.current();
    if (!factors.enrolled(me.id()) || factors.requiredFor(me.roles())) {
      return "redirect:/account/two-factor/off";
    }
    if (code.isBlank() || !factors.check(me.id(), code)) {
      model.addAttribute(
          "codeError",
          code.isBlank()
              ? "access.secondFactor.enterTheCode"
              : "access.secondFactor.theCodeIsNotRight");
      model.addAttribute("code", code);
      return turnOffPage(model);
    }
    factors.turnOff(me.id());
    log.info("{} turned off their authenticator", me.username());
    redirect.addFlashAttribute("secondFactorOff", true);
    return "redirect:/account";
  }
}
