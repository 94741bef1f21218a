package org.tandem.reminders.internal;

import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * GOV.UK Notify through its official client, at the address and with the API key set in properties.
 * With no key Notify is off: nothing is sent and reminders stay pending. Public for {@link
 * org.tandem.reminders.NotifyEmails}, the door other features send an email through.
 */
@Component
public class NotifySender {

  private final NotificationClient client;

  NotifySender(
      @Value("${tandem.notify.api-key:}") String apiKey,
      @Value("${tandem.notify.base-url:https://api.notifications.service.gov.uk}") String baseUrl) {
    this.client = apiKey.isBlank() ? null : new NotificationClient(apiKey.trim(), baseUrl);
  }

  public boolean on() {
    return client != null;
  }

  /** Sends a text; Notify's id for it. The reference names the reminder, never a person. */
  String sms(UUID template, String phone, Map<String, ?> personalisation, String reference)
      throws NotificationClientException {
    return client
        .sendSms(template.toString(), phone, personalisation, reference)
        .getNotificationId()
        .toString();
  }

  public String email(UUID template, String email, Map<String, ?> personalisation, String reference)
      throws NotificationClientException {
    return client
        .sendEmail(template.toString(), email, personalisation, reference)
        .getNotificationId()
        .toString();
  }
}
