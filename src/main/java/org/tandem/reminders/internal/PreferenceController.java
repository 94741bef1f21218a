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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.CaseRef;
import org.tandem.access.Roles;
import org.tandem.referral.Referrals;
import org.tandem.reminders.ReminderChannel;
import org.tandem.reminders.ReminderLanguage;
import org.tandem.reminders.ReminderPreference;
import org.tandem.reminders.Reminders;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;
import org.tandem.web.Paging;
import org.tandem.web.VersionedForm;

/** How he wants to be reminded of his appointments, and the reminders on his case, on a page. */
@Controller
class PreferenceController {

  private final Referrals referrals;
  private final Reminders reminders;
  private final MessageSource messages;

  PreferenceController(Referrals referrals, Reminders reminders, MessageSource messages) {
    this.referrals = referrals;
    this.reminders = reminders;
    this.messages = messages;
  }

  /** The form as typed. */
  public static class PreferenceForm extends VersionedForm {
    private ReminderChannel channel;
    private String email;
    private ReminderLanguage language;

    public ReminderLanguage getLanguage() {
      return language;
    }

    public void setLanguage(ReminderLanguage language) {
      this.language = language;
    }

    public ReminderChannel getChannel() {
      return channel;
    }

    public void setChannel(ReminderChannel channel) {
      this.channel = channel;
    }

    public String getEmail() {
      return email;
    }

    public void setEmail(String email) {
      this.email = email;
    }
  }

  @GetMapping("/cases/{reference}/reminders")
  @PreAuthorize(Roles.CASE_WORKERS)
  String form(
      @PathVariable String reference, @RequestParam(defaultValue = "1") int page, Model model) {
    CaseRef ref = referrals.open(reference);
    ReminderPreference current = reminders.preference(ref);
    PreferenceForm form = new PreferenceForm();
    form.setChannel(current.channel());
    form.setEmail(current.email());
    form.setLanguage(current.language());
    form.setVersion(current.version());
    return show(ref, form, page, model);
  }

  @PostMapping("/cases/{reference}/reminders")
  @PreAuthorize(Roles.CASE_WORKERS)
  String save(
      @PathVariable String reference,
      @ModelAttribute("preference") PreferenceForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      Locale locale) {
    CaseRef ref = referrals.open(reference);
    return FormFlow.submit(
        new FormProblems(errors),
        model,
        () -> {
          reminders.changePreference(
              ref,
              new ReminderPreference(
                  form.getChannel(), form.getEmail(), form.getLanguage(), form.versionRead()));
          redirect.addFlashAttribute(
              "saved", messages.getMessage("reminders.saved.preference", null, locale));
          return "redirect:/cases/" + reference + "/reminders";
        },
        () -> {
          if (Boolean.TRUE.equals(model.getAttribute("conflict"))) {
            form.setVersion(reminders.preference(ref).version());
          }
          return show(ref, form, 1, model);
        });
  }

  private String show(CaseRef ref, PreferenceForm form, int page, Model model) {
    model.addAttribute("reference", ref.reference());
    model.addAttribute("preference", form);
    model.addAttribute("channels", ReminderChannel.values());
    model.addAttribute("languages", ReminderLanguage.values());
    model.addAttribute(
        "reminders", reminders.forCase(ref, Paging.numbered(page, Paging.DEFAULT_SIZE)));
    model.addAttribute("notifyOn", reminders.notifyOn());
    return "reminders/preference";
  }
}
