package org.tandem.referrer.internal;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.reminders.NotifyEmails;

/**
 * Emails a new invitation's link through GOV.UK Notify, with the template the service set, and
 * keeps what became of it. The email holds the referrer's name, the area, the link and its expiry:
 * nothing of any case. Called after the invitation is saved, so a failed email never loses it: the
 * manager is then shown the link to send themselves.
 */
@Component
class InvitationEmails {

  private static final Logger log = LoggerFactory.getLogger(InvitationEmails.class);

  /** The fields the invitation template is given, in the order the page lists them. */
  static final List<String> PERSONALISATION = List.of("name", "area", "link", "expires");

  /** What became of an invitation's email, as the manager is told. */
  enum Emailed {
    SENT,
    FAILED,
    NOTIFY_OFF,
    NO_TEMPLATE
  }

  /** What became of it, with Notify's answer when it failed (0: Notify could not be reached). */
  record Result(Emailed emailed, int status) {}

  private final InvitationEmailStore store;
  private final NotifyEmails notify;
  private final InvitationLinks links;
  private final CurrentUsers users;
  private final ServiceClock clock;

  InvitationEmails(
      InvitationEmailStore store,
      NotifyEmails notify,
      InvitationLinks links,
      CurrentUsers users,
      ServiceClock clock) {
    this.store = store;
    this.notify = notify;
    this.links = links;
    this.users = users;
    this.clock = clock;
  }

  /** Whether invitations are emailed now: why not if they are not, or null if they are. */
  Emailed whyNot() {
    if (!notify.on()) {
      return Emailed.NOTIFY_OFF;
    }
    return store.template().templateId() == null ? Emailed.NO_TEMPLATE : null;
  }

  Result send(long invitationId, String token) {
    InvitationEmailStore.ToSend invitation = store.toSend(invitationId);
    Emailed whyNot = whyNot();
    if (whyNot != null) {
      String reason =
          whyNot == Emailed.NOTIFY_OFF
              ? "GOV.UK Notify is not set up"
              : "No GOV.UK Notify template is set for invitations";
      store.emailed(invitationId, "NOT_SENT", null, reason, null);
      return new Result(whyNot, 0);
    }
    UUID template = store.template().templateFor(invitation.language());
    NotifyEmails.Outcome outcome =
        notify.email(
            template,
            invitation.email(),
            fields(invitation, links.link(token)),
            "invitation-" + invitationId);
    store.emailed(
        invitationId,
        outcome.sent() ? "SENT" : "FAILED",
        outcome.notifyId(),
        outcome.reason(),
        clock.now());
    log.info(
        "{} emailed the invitation {}: {}",
        users.current().username(),
        invitationId,
        outcome.sent() ? "sent" : outcome.reason());
    return new Result(outcome.sent() ? Emailed.SENT : Emailed.FAILED, outcome.status());
  }

  private static Map<String, String> fields(InvitationEmailStore.ToSend invitation, String link) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", invitation.name());
    fields.put("area", invitation.areaName());
    fields.put("link", link);
    fields.put(
        "expires",
        DateTimeFormatter.ofPattern("d MMMM yyyy", invitation.language().locale())
            .format(invitation.expiresAt().atZoneSameInstant(ServiceClock.ZONE)));
    return fields;
  }
}
