package org.tandem.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.reminders.internal.ReminderJob;
import tools.jackson.databind.JsonNode;

/**
 * A man who wants his reminders in Welsh gets them in Welsh: the service's Welsh Notify template,
 * with the date and the appointment's name in Welsh. Without a Welsh template he still gets one, in
 * English throughout rather than half in each. His worker sets the language on his reminders page
 * or through the API.
 */
class WelshRemindersTest extends TandemTest {

  private static final StandInNotify NOTIFY = StandInNotify.shared();
  private static final UUID WELSH_SMS = UUID.fromString("cccccccc-1111-4222-8333-444444444444");
  private static final UUID WELSH_EMAIL = UUID.fromString("cccccccc-5555-4666-8777-888888888888");

  @Autowired private ApplicationEventPublisher events;
  @Autowired private TransactionTemplate transactions;
  @Autowired private ReminderJob job;

  private ReminderFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ReminderFixture(events, transactions, jdbc);
    fixture.templatesSet();
  }

  private void welshTemplates(UUID sms, UUID email) {
    jdbc.sql(
            """
            UPDATE reminder_template SET sms_template_id_cy = :sms, email_template_id_cy = :email,
              version = version + 1
            WHERE code IN ('TWO_DAYS_BEFORE', 'ON_THE_DAY')
            """)
        .param("sms", sms)
        .param("email", email)
        .update();
  }

  /** A case of his own with a phone no other test sends to, and his reminders by text in Welsh. */
  private String welshSpeakerByText(String phone) {
    String reference = newCase(newArea());
    jdbc.sql("UPDATE referral SET man_phone = :p WHERE reference = :r")
        .param("p", phone)
        .param("r", reference)
        .update();
    fixture.prefers(reference, "TEXT", null);
    jdbc.sql("UPDATE man_reminder_preference SET language = 'WELSH' WHERE referral_id = :id")
        .param("id", fixture.referralId(reference))
        .update();
    return reference;
  }

  private static String aPhone() {
    return "07700 901" + ThreadLocalRandom.current().nextInt(100, 1000);
  }

  private List<StandInNotify.Received> sentTheDayBefore(String reference, String phone) {
    fixture.book(reference, fixture.newAppointmentId(), LocalDateTime.of(2026, 12, 7, 14, 0));
    clock.travelTo(LocalDateTime.of(2026, 12, 5, 10, 1));
    job.sendDue();
    return NOTIFY.receivedBy(phone);
  }

  @Test
  void inWelshWithTheWelshTemplateAndWelshDates() {
    welshTemplates(WELSH_SMS, WELSH_EMAIL);
    String phone = aPhone();
    String reference = welshSpeakerByText(phone);

    List<StandInNotify.Received> sent = sentTheDayBefore(reference, phone);

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).templateId()).isEqualTo(WELSH_SMS.toString());
    assertThat(sent.get(0).personalisation())
        .containsEntry("date", "Dydd Llun 7 Rhagfyr 2026")
        .containsEntry("time", "2:00yh")
        .containsEntry("appointment", "apwyntiad asesu")
        .containsEntry("place", "Invented Centre, Room 2");
  }

  @Test
  void inEnglishThroughoutWhenTheServiceHasNoWelshTemplate() {
    welshTemplates(null, null);
    String phone = aPhone();
    String reference = welshSpeakerByText(phone);

    List<StandInNotify.Received> sent = sentTheDayBefore(reference, phone);

    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).templateId()).isEqualTo(ReminderFixture.SMS_TEMPLATE.toString());
    assertThat(sent.get(0).personalisation())
        .containsEntry("date", "Monday 7 December 2026")
        .containsEntry("appointment", "assessment appointment");
  }

  @Test
  void hisWorkerChoosesWelshOnHisRemindersPageAndItIsShownBack() {
    TestArea area = newArea();
    String reference = newCase(area);
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String path = "/cases/" + reference + "/reminders";

    HttpResponse<String> saved =
        worker.post(
            path,
            Map.of(
                "channel",
                "TEXT",
                "email",
                "",
                "language",
                "WELSH",
                "version",
                "0",
                "_csrf",
                worker.csrf(path)));
    assertThat(saved.statusCode()).isEqualTo(302);

    String page = worker.get(path).body();
    assertThat(page).containsPattern("value=\"WELSH\"[^>]*checked|checked[^>]*value=\"WELSH\"");
    assertThat(
            jdbc.sql("SELECT language FROM man_reminder_preference WHERE referral_id = :id")
                .param("id", fixture.referralId(reference))
                .query(String.class)
                .single())
        .isEqualTo("WELSH");
  }

  @Test
  void throughTheApiALanguageLeftOutIsEnglishAndWelshCanBeChosen() {
    TestArea area = newArea();
    String reference = newCase(area);
    String token = area.token(Role.PERPETRATOR_WORKER);
    String path = "/api/v1/cases/" + reference + "/reminder-preference";

    JsonNode english = TestApi.ok(apiPut(token, path, "{\"channel\": \"TEXT\", \"version\": 0}"));
    assertThat(english.get("language").asString()).isEqualTo("ENGLISH");

    JsonNode welsh =
        TestApi.ok(
            apiPut(
                token, path, "{\"channel\": \"TEXT\", \"language\": \"WELSH\", \"version\": 1}"));
    assertThat(welsh.get("language").asString()).isEqualTo("WELSH");

    HttpResponse<String> unknown =
        apiPut(token, path, "{\"channel\": \"TEXT\", \"language\": \"KLINGON\", \"version\": 2}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }
}
