package org.tandem.reminders;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.tandem.reminders.internal.NotifySender;
import uk.gov.service.notify.NotificationClientException;

/**
 * GOV.UK Notify for other features' emails (a referrer's invitation): the same key, address and
 * client as reminders, so a service sets Notify up once. The caller chooses the template and keeps
 * what became of the email; nothing about a case should be in its personalisation.
 */
@Service
public class NotifyEmails {

  private final NotifySender notify;

  NotifyEmails(NotifySender notify) {
    this.notify = notify;
  }

  /**
   * What became of one email: Notify's id for it when sent; otherwise the HTTP status Notify
   * answered with, 0 when it could not be reached (its error text can repeat what it was sent, so
   * it is not kept).
   */
  public record Outcome(String notifyId, int status) {
    public boolean sent() {
      return notifyId != null;
    }

    /** Why it was not sent, in the words the reminders' records use: names no one. */
    public String reason() {
      return sent()
          ? null
          : status == 0 ? "Could not reach GOV.UK Notify" : "GOV.UK Notify answered " + status;
    }
  }

  /** Whether Notify is set up (an API key is set): without it nothing can be sent. */
  public boolean on() {
    return notify.on();
  }

  /** Sends one email now; never throws for Notify's refusal or absence, but says so. */
  public Outcome email(UUID template, String to, Map<String, String> fields, String reference) {
    if (!notify.on()) {
      return new Outcome(null, 0);
    }
    try {
      return new Outcome(notify.email(template, to, fields, reference), 0);
    } catch (NotificationClientException e) {
      return new Outcome(null, e.getHttpResult());
    } catch (RuntimeException e) {
      return new Outcome(null, 0);
    }
  }
}
