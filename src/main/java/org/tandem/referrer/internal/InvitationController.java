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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.access.Areas;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.referrer.OrganisationKind;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/**
 * A service manager's page for referrers: invite one to an area they manage, see the invitations
 * not yet used and withdraw one. The link is shown once, to send to the referrer: only its hash is
 * kept.
 */
@Controller
class InvitationController {

  private static final String PATH = "/referrer-invitations";

  private final Invitations invitations;
  private final Areas areas;
  private final CurrentUsers currentUsers;

  InvitationController(Invitations invitations, Areas areas, CurrentUsers currentUsers) {
    this.invitations = invitations;
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
          redirect.addFlashAttribute(
              "link",
              ServletUriComponentsBuilder.fromCurrentContextPath()
                  .path("/invitation/{token}")
                  .buildAndExpand(made.token())
                  .toUriString());
          // Flash attributes live in the session, kept in the database: plain values only.
          redirect.addFlashAttribute("madeFor", made.email());
          redirect.addFlashAttribute("madeUntil", ServiceClock.dayOf(made.expiresAt()));
          return "redirect:" + PATH;
        },
        () -> show(form, model));
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
    return "referrer/invitations";
  }

  /** The invitation as typed. */
  public static class InvitationForm {
    private String email;
    private String name;
    private String organisation;
    private OrganisationKind kind;
    private Long areaId;

    NewInvitation toNewInvitation() {
      return new NewInvitation(email, name, organisation, kind, areaId);
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
