package org.tandem.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.tandem.access.Sealing;
import org.tandem.access.SecondFactors;

/**
 * The second half of signing in: the code from the authenticator (or a recovery code), or, for
 * someone whose role must have an authenticator and who has none, setting one up. Open to anyone
 * before sign-in, as the sign-in page is; each page answers only a session holding a {@link
 * PendingSignIn}, and sends anyone else back to the sign-in page.
 */
@Controller
@PreAuthorize("permitAll()")
class SecondFactorController {

  private static final Logger log = LoggerFactory.getLogger(SecondFactorController.class);

  private final SecondFactorSignIn signIn;
  private final SecondFactors factors;
  private final UserAccounts accounts;

  /** The secret being set up rides in the session, which PostgreSQL keeps: sealed there. */
  private final Sealing encryption;

  SecondFactorController(
      SecondFactorSignIn signIn, SecondFactors factors, UserAccounts accounts, Sealing encryption) {
    this.encryption = encryption;
    this.signIn = signIn;
    this.factors = factors;
    this.accounts = accounts;
  }

  @GetMapping("/sign-in/code")
  String code(
      HttpServletRequest request, @RequestParam(required = false) String ended, Model model) {
    Optional<PendingSignIn> pending = signIn.pending(request);
    if (pending.isEmpty()) {
      if (ended != null) {
        return "access/sign-in-ended";
      }
      return "redirect:/sign-in";
    }
    return pending.get().mustEnrol() ? "redirect:/sign-in/enrol" : "access/sign-in-code";
  }

  @PostMapping("/sign-in/code")
  String checkCode(
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestParam(defaultValue = "") String code,
      Model model) {
    Optional<PendingSignIn> found = signIn.pending(request);
    if (found.isEmpty() || found.get().mustEnrol()) {
      return "redirect:/sign-in/code";
    }
    PendingSignIn pending = found.get();
    if (code.isBlank()) {
      model.addAttribute("codeError", "access.secondFactor.enterTheCode");
      return "access/sign-in-code";
    }
    if (factors.check(pending.userId(), code)) {
      return signedIn(request, response, pending);
    }
    if (factors.paused(pending.userId())) {
      log.warn("User {} gave too many wrong codes: codes refused for a while", pending.userId());
      signIn.end(request);
      return "redirect:/sign-in/code?ended";
    }
    return wrongCode(request, pending, code, model, "access/sign-in-code");
  }

  @GetMapping("/sign-in/enrol")
  String enrol(HttpServletRequest request, Model model) {
    Optional<PendingSignIn> found = signIn.pending(request);
    if (found.isEmpty()) {
      return "redirect:/sign-in";
    }
    if (!found.get().mustEnrol()) {
      return "redirect:/sign-in/code";
    }
    return setUpPage(request, found.get(), model);
  }

  @PostMapping("/sign-in/enrol")
  String confirmEnrolment(
      HttpServletRequest request,
      HttpServletResponse response,
      @RequestParam(defaultValue = "") String code,
      Model model,
      RedirectAttributes redirect) {
    Optional<PendingSignIn> found = signIn.pending(request);
    if (found.isEmpty() || !found.get().mustEnrol() || found.get().secret() == null) {
      return "redirect:/sign-in/enrol";
    }
    PendingSignIn pending = found.get();
    if (code.isBlank()) {
      model.addAttribute("codeError", "access.secondFactor.enterTheCode");
      return setUpPage(request, pending, model);
    }
    Optional<List<String>> codes =
        factors.enrol(pending.userId(), encryption.open(pending.secret()), code);
    if (codes.isEmpty()) {
      String view = wrongCode(request, pending, code, model, null);
      return view != null ? view : setUpPage(request, signIn.pending(request).get(), model);
    }
    log.info("User {} set up an authenticator while signing in", pending.userId());
    if (signIn.complete(request, response, pending).isEmpty()) {
      return "redirect:/sign-in?failed";
    }
    redirect.addFlashAttribute("recoveryCodes", codes.get());
    return "redirect:/account/two-factor/recovery-codes";
  }

  private String setUpPage(HttpServletRequest request, PendingSignIn pending, Model model) {
    PendingSignIn withSecret = pending;
    if (pending.secret() == null) {
      withSecret = pending.withSecret(encryption.seal(factors.newSecret()));
      signIn.update(request, withSecret);
    }
    String username = accounts.findById(pending.userId()).orElseThrow().getUsername();
    SetUpModel.fill(
        model, factors, username, encryption.open(withSecret.secret()), "/sign-in/enrol", true);
    return "access/two-factor-set-up";
  }

  private String signedIn(
      HttpServletRequest request, HttpServletResponse response, PendingSignIn pending) {
    return signIn
        .complete(request, response, pending)
        .map(target -> "redirect:" + target)
        .orElse("redirect:/sign-in?failed");
  }

  /**
   * Counts a wrong code: the page again with the message, or, after too many, the end of the half
   * sign-in. Null, with the message in the model, when the caller draws the page itself.
   */
  private String wrongCode(
      HttpServletRequest request, PendingSignIn pending, String code, Model model, String view) {
    PendingSignIn counted = pending.withWrongCode();
    if (counted.tooManyWrongCodes()) {
      log.warn(
          "User {} gave {} wrong codes: signing in again",
          pending.userId(),
          PendingSignIn.MOST_WRONG_CODES);
      signIn.end(request);
      return "redirect:/sign-in/code?ended";
    }
    signIn.update(request, counted);
    model.addAttribute("codeError", "access.secondFactor.theCodeIsNotRight");
    model.addAttribute("code", code);
    return view;
  }
}
