package org.tandem.reminders.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseRef;
import org.tandem.access.ScheduledPasses;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.partnersupport.ContactMethod;
import org.tandem.partnersupport.ContactOutcome;
import org.tandem.partnersupport.ContactRules;
import org.tandem.partnersupport.NewContactAttempt;
import org.tandem.reminders.ReminderLanguage;
import org.tandem.reminders.ReminderReasons;
import org.tandem.reminders.ReminderTemplate;
import org.tandem.web.FieldProblem;
import uk.gov.service.notify.NotificationClientException;

/**
 * Sends one due reminder, or says why not. To him: by the way he asked for, with the service's
 * template. To her: only if her contact rules allow it now, judged by {@link ContactRules} exactly
 * as a worker's contact attempt is. What is recorded names no one and holds no message.
 */
@Component
class ReminderDelivery {

  private final Outbox outbox;
  private final ReminderStore store;
  private final HerContactStore her;
  private final NotifySender notify;
  private final ScheduledPasses passes;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final MessageSource messages;
  private final int mostAttempts;
  private final Duration retryAfter;
  private final Duration herWindow;

  ReminderDelivery(
      Outbox outbox,
      ReminderStore store,
      HerContactStore her,
      NotifySender notify,
      ScheduledPasses passes,
      AuditLog audit,
      ServiceClock clock,
      MessageSource messages,
      @Value("${tandem.reminders.most-attempts:3}") int mostAttempts,
      @Value("${tandem.reminders.retry-after:5m}") Duration retryAfter,
      @Value("${tandem.reminders.her-window:30m}") Duration herWindow) {
    this.outbox = outbox;
    this.store = store;
    this.her = her;
    this.notify = notify;
    this.passes = passes;
    this.audit = audit;
    this.clock = clock;
    this.messages = messages;
    this.mostAttempts = mostAttempts;
    this.retryAfter = retryAfter;
    this.herWindow = herWindow;
  }

  /** A message ready to go: where, which template, and its personalisation. */
  private record Message(boolean text, String to, UUID template, Map<String, String> fields) {}

  void deliver(Outbox.Due due) {
    CaseRef ref = store.caseOf(due.referralId());
    Outcome outcome = due.toHer() ? toHer(due, ref) : toHim(due);
    if (outcome.message() != null) {
      send(due, ref, outcome.message());
    } else {
      outbox.finished(due.id(), outcome.status(), outcome.reason(), false, clock.now());
      audit.record(AuditLog.Action.UPDATE, "reminder " + outcome.status().toLowerCase(), ref);
    }
  }

  /** Either a message to send, or the status and reason it ends with unsent. */
  private record Outcome(Message message, String status, String reason) {
    static Outcome send(Message message) {
      return new Outcome(message, null, null);
    }

    static Outcome not(String status, String reason) {
      return new Outcome(null, status, reason);
    }
  }

  private Outcome toHim(Outbox.Due due) {
    Outbox.HisContact his = outbox.hisContact(due.referralId());
    if ("NONE".equals(his.channel())) {
      return Outcome.not("SKIPPED", ReminderReasons.NOT_ASKED);
    }
    boolean text = "TEXT".equals(his.channel());
    String to = text ? his.phone() : his.email();
    if (to == null || to.isBlank()) {
      return Outcome.not("SKIPPED", text ? ReminderReasons.NO_PHONE : ReminderReasons.NO_EMAIL);
    }
    ReminderTemplate template = store.template(due.templateCode()).orElse(null);
    UUID templateId = template == null ? null : template.templateFor(text, his.language());
    if (templateId == null) {
      return Outcome.not(
          "SKIPPED", text ? ReminderReasons.NO_TEXT_TEMPLATE : ReminderReasons.NO_EMAIL_TEMPLATE);
    }
    Locale locale = template.languageFor(text, his.language()).locale();
    Map<String, String> fields = fields(his.givenName(), due, locale);
    fields.put("place", due.place() == null ? "" : due.place());
    fields.put("appointment", appointment(due.appointmentKind(), locale));
    return Outcome.send(new Message(text, to, templateId, fields));
  }

  private Outcome toHer(Outbox.Due due, CaseRef ref) {
    WallPass pass = passes.forScheduledWork(ref, "reminder to her: her contact rules");
    HerContactStore.HerContact contact = her.contact(pass, due.partnerId());
    ContactMethod method = ContactMethod.valueOf(due.channel());
    ZonedDateTime now = clock.local();
    boolean withinSafeTimes =
        due.safeTimeConfirmed()
            && !now.toInstant().isAfter(due.dueAt().toInstant().plus(herWindow));
    LocalDateTime nowInUk = now.toLocalDateTime();
    List<FieldProblem> problems =
        ContactRules.problems(
            new NewContactAttempt(
                method,
                nowInUk.toLocalDate(),
                nowInUk.toLocalTime(),
                ContactOutcome.NOT_DELIVERED,
                null,
                null,
                withinSafeTimes),
            contact.doNotContactBy(),
            contact.safeTimesRecorded(),
            nowInUk);
    if (!problems.isEmpty()) {
      // Which rule held it would say something of her wishes: the reason says only that one did.
      return Outcome.not("HELD", ReminderReasons.HELD);
    }
    boolean text = method == ContactMethod.TEXT;
    String to = text ? contact.phone() : contact.email();
    if (to == null || to.isBlank() || due.templateId() == null) {
      return Outcome.not("SKIPPED", ReminderReasons.NOTHING_TO_SEND);
    }
    // Her template is chosen when it is booked, and no language with it yet: its fields are
    // English.
    Locale english = ReminderLanguage.ENGLISH.locale();
    return Outcome.send(
        new Message(text, to, due.templateId(), fields(contact.givenName(), due, english)));
  }

  /**
   * The date and time as he reads them: "Monday 7 December 2026" and "2:00pm" in English, "Dydd
   * Llun 7 Rhagfyr 2026" and "2:00yh" in Welsh, from the date formats Java holds for each language.
   */
  private static Map<String, String> fields(String firstName, Outbox.Due due, Locale locale) {
    ZonedDateTime starts = due.startsAt().atZoneSameInstant(ServiceClock.ZONE);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("first_name", firstName);
    fields.put("date", DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(starts));
    fields.put(
        "time", DateTimeFormatter.ofPattern("h:mma", locale).format(starts).toLowerCase(locale));
    fields.put("worker", due.workerName() == null ? "" : due.workerName());
    return fields;
  }

  private String appointment(String kind, Locale locale) {
    String code = "ONE_TO_ONE".equals(kind) ? "ONE_TO_ONE" : "ASSESSMENT";
    return messages.getMessage("reminders.appointment." + code, null, locale);
  }

  private void send(Outbox.Due due, CaseRef ref, Message message) {
    String reference = "reminder-" + due.id();
    OffsetDateTime now = clock.now();
    try {
      String id =
          message.text()
              ? notify.sms(message.template(), message.to(), message.fields(), reference)
              : notify.email(message.template(), message.to(), message.fields(), reference);
      outbox.sent(due.id(), id, now);
      audit.record(AuditLog.Action.UPDATE, "reminder sent", ref);
    } catch (NotificationClientException | RuntimeException e) {
      failed(due, ref, e, now);
    }
  }

  /**
   * Notify's refusal of the request itself (400, 403) will not change on a second try; anything
   * else (its rate limit, its errors, the network) is tried again later, up to the most attempts.
   */
  private void failed(Outbox.Due due, CaseRef ref, Exception e, OffsetDateTime now) {
    int status = e instanceof NotificationClientException n ? n.getHttpResult() : 0;
    // Notify's error text can repeat what it was sent, so only the status is kept.
    String reason = status == 0 ? ReminderReasons.UNREACHABLE : "GOV.UK Notify answered " + status;
    boolean lastTry = due.attempts() + 1 >= mostAttempts || status == 400 || status == 403;
    if (lastTry) {
      outbox.finished(due.id(), "FAILED", reason, true, now);
      audit.record(AuditLog.Action.UPDATE, "reminder failed", ref);
    } else {
      outbox.retryAt(due.id(), reason, now.plus(retryAfter.multipliedBy(due.attempts() + 1L)));
    }
  }
}
