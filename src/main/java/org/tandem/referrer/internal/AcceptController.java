package org.tandem.referrer.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;

/**
 * The invitation link a referrer is sent: before they have an account, so open to anyone holding
 * it. They choose a username and password; then they sign in, give a second factor if their role
 * must, and start on "Your referrals". A used, withdrawn or expired link says so and nothing else.
 */
@Controller
class AcceptController {

  private static final String PATH = "/invitation/{token}";

  private final Invitations invitations;

  AcceptController(Invitations invitations) {
    this.invitations = invitations;
  }

  @GetMapping(PATH)
  @PreAuthorize("permitAll()")
  String form(@PathVariable String token, Model model) {
    return show(token, new AcceptForm(), model);
  }

  @PostMapping(PATH)
  @PreAuthorize("permitAll()")
  String accept(
      @PathVariable String token,
      @ModelAttribute("account") AcceptForm form,
      BindingResult errors,
      Model model) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          invitations.accept(token, form.getUsername(), form.getPassword(), form.getConfirmed());
          return "referrer/accepted";
        },
        () -> {
          form.setPassword("");
          form.setConfirmed("");
          return show(token, form, model);
        });
  }

  private String show(String token, AcceptForm form, Model model) {
    ReferrerStore.Invitation invitation =
        invitations
            .usable(token)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "This invitation link cannot be used", Languages.ENGLISH));
    model.addAttribute("invited", invitation);
    model.addAttribute("token", token);
    model.addAttribute("account", form);
    return "referrer/accept";
  }

  /** The account as typed; the passwords are never shown back. */
  public static class AcceptForm {
    private String username;
    private String password;
    private String confirmed;

    public String getUsername() {
      return username;
    }

    public void setUsername(String username) {
      this.username = username;
    }

    public String getPassword() {
      return password;
    }

    public void setPassword(String password) {
      this.password = password;
    }

    public String getConfirmed() {
      return confirmed;
    }

    public void setConfirmed(String confirmed) {
      this.confirmed = confirmed;
    }
  }
}
