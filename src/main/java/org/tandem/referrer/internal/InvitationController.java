package org.tandem.referrer.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Areas;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.referrer.OrganisationKind;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * A service manager's page for referrers: invite one to an area they manage, see the invitations
 * not yet used and withdraw one. The link is emailed through GOV.UK Notify when the service has set
 * it up; otherwise, or if the email fails, it is shown once for the manager to send: only its hash
 * is kept.
 */
@Controller
class InvitationController {

  private static final String PATH = "/referrer-invitations";

  private final Invitations invitations;
  private final InvitationEmails emails;
  private final InvitationLinks links;
  private final Areas areas;
  private final CurrentUsers currentUsers;

  InvitationController(
      Invitations invitations,
      InvitationEmails emails,
      InvitationLinks links,
      Areas areas,
      CurrentUsers currentUsers) {
    this.invitations = invitations;
    this.emails = emails;
    this.links = links;
    this.areas = areas;
    this.currentUsers = currentUsers;
  }

  @GetMapping(PATH)
  @PreAuthorize(Roles.MANAGER)
  String page(Model model) {
    return show(new InvitationForm(), model);
  }

  @PostMapping(PATH)
  @PreAuthorize(Roles.MANAGER)
  String invite(
      @ModelAttribute("invitation") InvitationForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          Invitations.Made made = invitations.invite(form.toNewInvitation());
          told(made, emails.send(made.id(), made.token()), redirect);
          return "redirect:" + PATH;
        },
        () -> show(form, model));
  }

  /** A new link for an invitation whose email failed, emailed again (or shown, if it fails). */
  @PostMapping(PATH + "/{id}/send-again")
  @PreAuthorize(Roles.MANAGER)
  String sendAgain(@PathVariable long id, RedirectAttributes redirect) {
    Invitations.Made made = invitations.reissue(id);
    told(made, emails.send(made.id(), made.token()), redirect);
    return "redirect:" + PATH;
  }

  /**
   * What the manager is told once: the invitation was emailed; or it was not, why, and the link to
   * send themselves, shown this once. Flash attributes live in the session, kept in the database:
   * plain values only.
   */
  private void told(
      Invitations.Made made, InvitationEmails.Result result, RedirectAttributes redirect) {
    redirect.addFlashAttribute("madeFor", made.email());
    redirect.addFlashAttribute("madeUntil", ServiceClock.dayOf(made.expiresAt()));
    redirect.addFlashAttribute("emailed", result.emailed().name());
    redirect.addFlashAttribute("failedWith", result.status());
    if (result.emailed() != InvitationEmails.Emailed.SENT) {
      redirect.addFlashAttribute("link", links.link(made.token()));
    }
  }

  @PostMapping(PATH + "/{id}/withdraw")
  @PreAuthorize(Roles.MANAGER)
  String withdraw(@PathVariable long id, RedirectAttributes redirect) {
    invitations.withdraw(id);
    redirect.addFlashAttribute("withdrawn", true);
    return "redirect:" + PATH;
  }

  private String show(InvitationForm form, Model model) {
    model.addAttribute("invitation", form);
    model.addAttribute("pending", invitations.pending());
    model.addAttribute("areas", areas.coveredBy(currentUsers.current()));
    model.addAttribute("kinds", OrganisationKind.values());
    model.addAttribute("languages", EmailLanguage.values());
    InvitationEmails.Emailed whyNot = emails.whyNot();
    model.addAttribute("notEmailedBecause", whyNot == null ? null : whyNot.name());
    return "referrer/invitations";
  }

  /** The invitation as typed. */
  public static class InvitationForm {
    private String email;
    private String name;
    private String organisation;
    private OrganisationKind kind;
    private Long areaId;
    private EmailLanguage language = EmailLanguage.ENGLISH;

    NewInvitation toNewInvitation() {
      return new NewInvitation(email, name, organisation, kind, areaId, language);
    }

    public EmailLanguage getLanguage() {
      return language;
    }

    public void setLanguage(EmailLanguage language) {
      this.language = language;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getOrganisation() {
      return organisation;
    }

    public void setOrganisation(String organisation) {
      this.organisation = organisation;
    }

    public OrganisationKind getKind() {
      return kind;
    }

    public void setKind(OrganisationKind kind) {
      this.kind = kind;
    }

    public Long getAreaId() {
      return areaId;
    }

    public void setAreaId(Long areaId) {
      this.areaId = areaId;
    }
  }
}
