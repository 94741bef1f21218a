package org.tandem.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.reminders.internal.ReminderJob;

/**
 * His worker, reading Welsh, is told in Welsh what is wrong with how he wants to be reminded and
 * why a reminder was not sent; in English the words are as they were.
 */
class WelshReminderProblemsTest extends TandemTest {

  @Autowired private ApplicationEventPublisher events;
  @Autowired private TransactionTemplate transactions;
  @Autowired private ReminderJob job;

  private static Document posted(PageSession worker, String path, String channel, String email) {
    return Jsoup.parse(
        worker
            .post(
                path,
                Map.of(
                    "channel",
                    channel,
                    "email",
                    email,
                    "language",
                    "ENGLISH",
                    "version",
                    "0",
                    "_csrf",
                    worker.csrf(path)))
            .body());
  }

  @Test
  void aBadEmailAndNoChannelAreRefusedInWelsh() {
    TestArea area = newArea();
    String path = "/cases/" + newCase(area) + "/reminders";
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    assertThat(worker.get(path + "?lang=cy").body()).contains("<html lang=\"cy\"");

    Document badEmail = posted(worker, path, "EMAIL", "not-an-address");
    assertThat(badEmail.select("#email-error").text())
        .contains("Rhowch ei gyfeiriad e-bost yn y fformat cywir, fel name@example.com");

    Document noChannel = posted(worker, path, "", "");
    assertThat(noChannel.text())
        .contains("Dewiswch sut mae e eisiau cael ei atgoffa")
        .doesNotContain("Select how he wants");
  }

  @Test
  void whyAReminderWasNotSentIsSaidInWelshOnHisPage() {
    ReminderFixture fixture = new ReminderFixture(events, transactions, jdbc);
    fixture.templatesSet();
    TestArea area = newArea();
    String reference = newCase(area);
    fixture.book(reference, fixture.newAppointmentId(), LocalDateTime.of(2026, 12, 14, 15, 0));
    clock.travelTo(LocalDateTime.of(2026, 12, 12, 10, 1));
    job.sendDue();
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String path = "/cases/" + reference + "/reminders";

    assertThat(Jsoup.parse(worker.get(path + "?lang=cy").body()).text())
        .contains("Nid yw wedi gofyn am nodiadau atgoffa")
        .doesNotContain("He has not asked for reminders");
    assertThat(Jsoup.parse(worker.get(path + "?lang=en").body()).text())
        .contains("He has not asked for reminders");
  }

  @Test
  void inEnglishTheWordsAreUnchanged() {
    TestArea area = newArea();
    String path = "/cases/" + newCase(area) + "/reminders";
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));

    Document badEmail = posted(worker, path, "EMAIL", "not-an-address");

    assertThat(badEmail.select("#email-error").text())
        .contains("Enter his email address in the correct format, like name@example.com");
  }
}
