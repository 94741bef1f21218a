package org.tandem.reminders.internal;

import java.util.Locale;
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
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.access.Roles;
import org.tandem.reminders.ReminderTemplate;
import org.tandem.reminders.Reminders;
import org.tandem.reminders.TemplateChange;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.VersionedForm;

/** The reminders the service sends and their GOV.UK Notify templates, which the manager sets. */
@Controller
class TemplateController {

  private final Reminders reminders;
  private final CurrentUsers users;
  private final MessageSource messages;

  TemplateController(Reminders reminders, CurrentUsers users, MessageSource messages) {
    this.reminders = reminders;
    this.users = users;
    this.messages = messages;
  }

  /** The form as typed: the ids and numbers as text, so a mistake is shown back as it was. */
  public static class TemplateForm extends VersionedForm {
    private String smsTemplateId;
    private String emailTemplateId;
    private String smsTemplateIdCy;
    private String emailTemplateIdCy;
    private String daysBefore;
    private String sendAt;
    private boolean active;

    public String getSmsTemplateId() {
      return smsTemplateId;
    }

    public void setSmsTemplateId(String smsTemplateId) {
      this.smsTemplateId = smsTemplateId;
    }

    public String getEmailTemplateId() {
      return emailTemplateId;
    }

    public void setEmailTemplateId(String emailTemplateId) {
      this.emailTemplateId = emailTemplateId;
    }

    public String getSmsTemplateIdCy() {
      return smsTemplateIdCy;
    }

    public void setSmsTemplateIdCy(String smsTemplateIdCy) {
      this.smsTemplateIdCy = smsTemplateIdCy;
    }

    public String getEmailTemplateIdCy() {
      return emailTemplateIdCy;
    }

    public void setEmailTemplateIdCy(String emailTemplateIdCy) {
      this.emailTemplateIdCy = emailTemplateIdCy;
    }

    public String getDaysBefore() {
      return daysBefore;
    }

    public void setDaysBefore(String daysBefore) {
      this.daysBefore = daysBefore;
    }

    public String getSendAt() {
      return sendAt;
    }

    public void setSendAt(String sendAt) {
      this.sendAt = sendAt;
    }

    public boolean isActive() {
      return active;
    }

    public void setActive(boolean active) {
      this.active = active;
    }
  }

  @GetMapping("/reminders/templates")
  @PreAuthorize(Roles.MANAGER_OR_ADMINISTRATOR)
  String list(Model model) {
    model.addAttribute("templates", reminders.templates());
    model.addAttribute("canChange", users.current().has(Role.SERVICE_MANAGER));
    model.addAttribute("fields", ReminderTemplate.PERSONALISATION);
    model.addAttribute("notifyOn", reminders.notifyOn());
    return "reminders/templates";
  }

  @GetMapping("/reminders/templates/{code}")
  @PreAuthorize(Roles.MANAGER)
  String form(@PathVariable String code, Model model) {
    ReminderTemplate current = reminders.template(code);
    TemplateForm form = new TemplateForm();
    form.setSmsTemplateId(typed(current.smsTemplateId()));
    form.setEmailTemplateId(typed(current.emailTemplateId()));
    form.setSmsTemplateIdCy(typed(current.smsTemplateIdCy()));
    form.setEmailTemplateIdCy(typed(current.emailTemplateIdCy()));
    form.setDaysBefore(Integer.toString(current.daysBefore()));
    form.setSendAt(current.sendAt().toString());
    form.setActive(current.active());
    form.setVersion(current.version());
    return show(current, form, model);
  }

  @PostMapping("/reminders/templates/{code}")
  @PreAuthorize(Roles.MANAGER)
  String save(
      @PathVariable String code,
      @ModelAttribute("template") TemplateForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    ReminderTemplate current = reminders.template(code);
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          reminders.changeTemplate(
              code,
              new TemplateChange(
                  form.getSmsTemplateId(),
                  form.getEmailTemplateId(),
                  form.getSmsTemplateIdCy(),
                  form.getEmailTemplateIdCy(),
                  form.getDaysBefore(),
                  form.getSendAt(),
                  form.isActive(),
                  form.versionRead()));
          redirect.addFlashAttribute(
              "saved", messages.getMessage("reminders.saved.template", null, locale));
          return "redirect:/reminders/templates";
        },
        () -> {
          if (Boolean.TRUE.equals(model.getAttribute("conflict"))) {
            form.setVersion(reminders.template(code).version());
          }
          return show(current, form, model);
        });
  }

  private static String typed(java.util.UUID id) {
    return id == null ? "" : id.toString();
  }

  private static String show(ReminderTemplate current, TemplateForm form, Model model) {
    model.addAttribute("current", current);
    model.addAttribute("template", form);
    model.addAttribute("fields", ReminderTemplate.PERSONALISATION);
    return "reminders/template";
  }
}
