package org.tandem.reminders;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.ContactMethod;
import org.tandem.reminders.internal.ReminderJob;
import org.tandem.reminders.internal.ReminderStore;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;
import org.tandem.web.Paging;
import org.tandem.web.Validation;

/**
 * Reminders of appointments by GOV.UK Notify. Reminders to him are booked by themselves when an
 * appointment is (see {@code AppointmentBooked}); this is how his preference and the service's
 * templates are read and changed, how his case lists its reminders, and how a reminder to her is
 * booked through a pass.
 */
@Service
public class Reminders {

  private final ReminderStore store;
  private final ReminderJob job;
  private final Validation validation;
  private final AuditLog audit;
  private final CurrentUsers users;
  private final ServiceClock clock;
  private final MessageSource messages;

  Reminders(
      ReminderStore store,
      ReminderJob job,
      Validation validation,
      AuditLog audit,
      CurrentUsers users,
      ServiceClock clock,
      MessageSource messages) {
    this.messages = messages;
    this.store = store;
    this.job = job;
    this.validation = validation;
    this.audit = audit;
    this.users = users;
    this.clock = clock;
  }

  /** One page of a case's reminders to him. */
  public record Page(List<ReminderView> items, int page, int size, long total) {
    /** How many pages the list fills. */
    public long pages() {
      return (total + size - 1) / size;
    }
  }

  @Transactional
  public ReminderPreference preference(CaseRef ref) {
    audit.record(Action.READ, "reminder preference", ref);
    return store.preference(ref.referralId()).orElse(ReminderPreference.notSet());
  }

  @Transactional
  public void changePreference(CaseRef ref, ReminderPreference preference) {
    List<FieldProblem> problems = new ArrayList<>(validation.problems(preference));
    if (preference.channel() == ReminderChannel.EMAIL
        && (preference.email() == null || preference.email().isBlank())) {
      problems.add(new FieldProblem("email", problem("email")));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    String email =
        preference.email() == null || preference.email().isBlank()
            ? null
            : preference.email().trim();
    ReminderPreference saved =
        new ReminderPreference(
            preference.channel(), email, preference.language(), preference.version());
    if (!store.savePreference(ref.referralId(), saved, users.current().username(), clock.now())) {
      throw new EditConflictException("His reminder preference", Languages.ENGLISH);
    }
    audit.record(Action.UPDATE, "reminder preference", ref);
  }

  @Transactional
  public Page forCase(CaseRef ref, Paging paging) {
    audit.record(Action.READ, "reminders", ref);
    return new Page(
        store.forHim(ref.referralId(), paging.size(), paging.offset()),
        paging.page(),
        paging.size(),
        store.countForHim(ref.referralId()));
  }

  /**
   * Books a reminder to her. Nothing goes to her unless, when it is due, her contact rules allow it
   * (the same rules as a worker's contact attempt); otherwise it is held. No feature books one yet:
   * this is the door partner support will use, and the tests use it now.
   */
  @Transactional
  public long forHer(WallPass pass, HerReminder reminder) {
    if (reminder.method() != ContactMethod.TEXT && reminder.method() != ContactMethod.EMAIL) {
      throw new InvalidRequestException(List.of(new FieldProblem("method", problem("herMethod"))));
    }
    long id =
        store.addForHer(
            pass,
            reminder.partnerId(),
            reminder.method().name(),
            reminder.templateId(),
            reminder.startsAt(),
            reminder.workerName(),
            reminder.dueAt(),
            reminder.withinSafeTimes(),
            clock.now());
    audit.record(Action.CREATE, "reminder to her", pass.caseRef());
    return id;
  }

  public List<ReminderTemplate> templates() {
    return store.templates();
  }

  public ReminderTemplate template(String code) {
    return store.template(code).orElseThrow(() -> new NotFoundException(problem("noSuchReminder")));
  }

  @Transactional
  public void changeTemplate(String code, TemplateChange change) {
    ReminderTemplate current = template(code);
    List<FieldProblem> problems = new ArrayList<>();
    UUID sms = templateId(change.smsTemplateId(), "smsTemplateId", problems);
    UUID email = templateId(change.emailTemplateId(), "emailTemplateId", problems);
    UUID smsCy = templateId(change.smsTemplateIdCy(), "smsTemplateIdCy", problems);
    UUID emailCy = templateId(change.emailTemplateIdCy(), "emailTemplateIdCy", problems);
    Integer days = daysBefore(change.daysBefore(), problems);
    LocalTime at = sendAt(change.sendAt(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    ReminderTemplate changed =
        new ReminderTemplate(
            current.code(),
            days,
            at,
            sms,
            email,
            smsCy,
            emailCy,
            change.active(),
            null,
            null,
            change.version());
    if (!store.saveTemplate(changed, users.current().username(), clock.now())) {
      throw new EditConflictException("The reminder", Languages.ENGLISH);
    }
  }

  /** Whether reminders are sent at all: no GOV.UK Notify key, and they wait. */
  public boolean notifyOn() {
    return job.notifyOn();
  }

  private UUID templateId(String typed, String field, List<FieldProblem> problems) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      String trimmed = typed.trim();
      UUID id = UUID.fromString(trimmed);
      if (id.toString().equalsIgnoreCase(trimmed)) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // answered below, beside the field
    }
    problems.add(new FieldProblem(field, problem("templateId")));
    return null;
  }

  private Integer daysBefore(String typed, List<FieldProblem> problems) {
    try {
      int days = Integer.parseInt(typed == null ? "" : typed.trim());
      if (days >= 0 && days <= 14) {
        return days;
      }
    } catch (NumberFormatException e) {
      // answered below, beside the field
    }
    problems.add(new FieldProblem("daysBefore", problem("daysBefore")));
    return null;
  }

  private LocalTime sendAt(String typed, List<FieldProblem> problems) {
    try {
      return LocalTime.parse(typed == null ? "" : typed.trim());
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem("sendAt", problem("sendAt")));
      return null;
    }
  }

  /** A problem in the language of whoever asked, on a page or through the API. */
  private String problem(String name) {
    return messages.getMessage("reminders.problem." + name, null, LocaleContextHolder.getLocale());
  }
}
