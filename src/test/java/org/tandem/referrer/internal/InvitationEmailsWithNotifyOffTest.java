package org.tandem.referrer.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.reminders.NotifyEmails;

/**
 * With no GOV.UK Notify key (which the running tests always have, pointed at the stand-in), an
 * invitation is not emailed even with a template set: nothing is tried, it is recorded as not sent
 * and why, and the manager is told Notify is not set up (so the page shows the link instead).
 */
class InvitationEmailsWithNotifyOffTest {

  @Test
  void nothingIsSentAndTheManagerIsToldNotifyIsNotSetUp() {
    NotifyEmails notify = mock(NotifyEmails.class);
    when(notify.on()).thenReturn(false);
    InvitationEmailStore store = mock(InvitationEmailStore.class);
    when(store.template())
        .thenReturn(new InvitationEmailStore.Template(UUID.randomUUID(), null, null, null, 1));
    when(store.toSend(7L))
        .thenReturn(
            new InvitationEmailStore.ToSend(
                7L,
                "invented@example.org",
                "Invented Referrer",
                "Testshire",
                EmailLanguage.ENGLISH,
                OffsetDateTime.parse("2026-12-19T10:00:00Z")));
    InvitationEmails emails =
        new InvitationEmails(
            store,
            notify,
            new InvitationLinks("https://tandem.example.org"),
            mock(CurrentUsers.class),
            mock(ServiceClock.class));

    assertThat(emails.whyNot()).isEqualTo(InvitationEmails.Emailed.NOTIFY_OFF);
    InvitationEmails.Result result = emails.send(7L, "a-secret");

    assertThat(result.emailed()).isEqualTo(InvitationEmails.Emailed.NOTIFY_OFF);
    verify(notify, never()).email(any(), any(), any(), any());
    verify(store).emailed(7L, "NOT_SENT", null, "GOV.UK Notify is not set up", null);
  }

  @Test
  void aLinkIsMadeUnderThePublicAddressWhenOneIsSet() {
    assertThat(new InvitationLinks("https://tandem.example.org/").link("a-secret"))
        .isEqualTo("https://tandem.example.org/invitation/a-secret");
  }
}
