package org.tandem.referrer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Roles;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.VersionedForm;

/**
 * The GOV.UK Notify templates the invitation email is sent with, English and Welsh, which a service
 * manager sets as they set the reminders'. With no English template, invitations are not emailed.
 */
@Controller
class InvitationTemplateController {

  private static final String PATH = "/referrer-invitations/email";

  private final InvitationEmailStore store;
  private final InvitationEmails emails;
  private final ReferrerWords words;
  private final CurrentUsers users;
  private final ServiceClock clock;

  InvitationTemplateController(
      InvitationEmailStore store,
      InvitationEmails emails,
      ReferrerWords words,
      CurrentUsers users,
      ServiceClock clock) {
    this.store = store;
    this.emails = emails;
    this.words = words;
    this.users = users;
    this.clock = clock;
  }

  /** The ids as typed, so a mistake is shown back as it was. */
  public static class TemplateForm extends VersionedForm {
    private String templateId;
    private String templateIdCy;

    public String getTemplateId() {
      return templateId;
    }

    public void setTemplateId(String templateId) {
      this.templateId = templateId;
    }

    public String getTemplateIdCy() {
      return templateIdCy;
    }

    public void setTemplateIdCy(String templateIdCy) {
      this.templateIdCy = templateIdCy;
    }
  }

  @GetMapping(PATH)
  @PreAuthorize(Roles.MANAGER)
  String form(Model model) {
    InvitationEmailStore.Template current = store.template();
    TemplateForm form = new TemplateForm();
    form.setTemplateId(current.templateId() == null ? "" : current.templateId().toString());
    form.setTemplateIdCy(current.templateIdCy() == null ? "" : current.templateIdCy().toString());
    form.setVersion(current.version());
    return show(form, model);
  }

  @PostMapping(PATH)
  @PreAuthorize(Roles.MANAGER)
  String save(
      @ModelAttribute("template") TemplateForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          List<FieldProblem> problems = new ArrayList<>();
          UUID english = templateId(form.getTemplateId(), "templateId", problems);
          UUID welsh = templateId(form.getTemplateIdCy(), "templateIdCy", problems);
          if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
          }
          if (!store.saveTemplate(
              english, welsh, form.versionRead(), users.current().username(), clock.now())) {
            throw new EditConflictException("The invitation email templates", Languages.ENGLISH);
          }
          redirect.addFlashAttribute("templateSaved", true);
          return "redirect:/referrer-invitations";
        },
        () -> {
          if (Boolean.TRUE.equals(model.getAttribute("conflict"))) {
            form.setVersion(store.template().version());
          }
          return show(form, model);
        });
  }

  /** A template id as Notify shows it, or none; anything else is answered beside its field. */
  private UUID templateId(String typed, String field, List<FieldProblem> problems) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String trimmed = typed.strip();
    try {
      UUID id = UUID.fromString(trimmed);
      if (id.toString().equalsIgnoreCase(trimmed)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // answered below, beside the field
    }
    problems.add(words.problem(field, "referrer.problem.templateId"));
    return null;
  }

  private String show(TemplateForm form, Model model) {
    model.addAttribute("template", form);
    model.addAttribute("current", store.template());
    model.addAttribute("fields", InvitationEmails.PERSONALISATION);
    model.addAttribute("notifyOn", emails.whyNot() != InvitationEmails.Emailed.NOTIFY_OFF);
    return "referrer/email-template";
  }
}
