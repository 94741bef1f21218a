package org.tandem.referrer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.reminders.StandInNotify;

/**
 * A referrer's invitation emailed through the stand-in GOV.UK Notify: once, with the service's
 * template and nothing of any case; its link makes the account. When Notify fails or no template is
 * set, the manager is told why and shown the link, which still works; a failed one is sent again
 * with a new link.
 */
class InvitationEmailTest extends TandemTest {

  private static final StandInNotify NOTIFY = StandInNotify.shared();
  private static final UUID ENGLISH = UUID.fromString("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
  private static final UUID WELSH = UUID.fromString("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");
  private static final Pattern SHOWN_LINK =
      Pattern.compile("id=\"invitation-link\">([^<]*/invitation/[A-Za-z0-9_-]{20,})<");

  private TestArea area;
  private PageSession manager;

  @BeforeEach
  void aManagerWithTheTemplatesSet() {
    templates(ENGLISH, WELSH);
    clock.travelTo(LocalDateTime.of(2026, 12, 5, 10, 0));
    area = newArea();
    manager = signedIn(area.user(Role.SERVICE_MANAGER));
  }

  @AfterEach
  void noTemplatesLeftForOtherTests() {
    templates(null, null);
  }

  private void templates(UUID english, UUID welsh) {
    jdbc.sql(
            """
            UPDATE referrer_invitation_template SET template_id = :en, template_id_cy = :cy,
              version = version + 1
            """)
        .param("en", english)
        .param("cy", welsh)
        .update();
  }

  @Test
  void anInvitationIsEmailedOnceWithItsTemplateAndItsLinkMakesTheAccount() {
    String email = anEmail();

    HttpResponse<String> page = invite(email, "ENGLISH");

    assertThat(page.body())
        .contains("Invitation sent to " + email)
        .contains("It works once, until 19 December 2026")
        .doesNotContain("invitation-link")
        .doesNotContain("/invitation/");
    List<StandInNotify.Received> sent = NOTIFY.receivedBy(email);
    assertThat(sent).hasSize(1);
    StandInNotify.Received message = sent.get(0);
    assertThat(message.kind()).isEqualTo("email");
    assertThat(message.templateId()).isEqualTo(ENGLISH.toString());
    assertThat(message.personalisation())
        .as("her name, the area, the link and its expiry: nothing of any case")
        .containsOnlyKeys("name", "area", "link", "expires")
        .containsEntry("name", "Invented Referrer")
        .containsEntry("area", area.area().name())
        .containsEntry("expires", "19 December 2026");
    String link = message.personalisation().get("link");
    assertThat(link).startsWith(baseUrl() + "/invitation/");
    assertThat(page.body()).contains("Sent 5 December 2026");
    assertThat(
            jdbc.sql(
                    "SELECT email_status || ' ' || notify_id FROM referrer_invitation"
                        + " WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single())
        .as("the send is recorded with Notify's id")
        .isEqualTo("SENT " + message.id());

    accept(link);
  }

  @Test
  void aWelshInvitationIsSentWithTheWelshTemplate() {
    String email = anEmail();

    invite(email, "WELSH");

    StandInNotify.Received message = NOTIFY.receivedBy(email).get(0);
    assertThat(message.templateId()).isEqualTo(WELSH.toString());
    assertThat(message.personalisation()).containsEntry("expires", "19 Rhagfyr 2026");
  }

  @Test
  void whenNotifyFailsTheManagerIsToldAndShownTheLinkWhichWorksAndMaySendItAgain() {
    String email = anEmail();
    NOTIFY.failFor(email, 1, 500);

    HttpResponse<String> page = invite(email, "ENGLISH");

    assertThat(NOTIFY.receivedBy(email)).isEmpty();
    assertThat(page.body())
        .contains("Invitation made for " + email)
        .contains("It could not be emailed: GOV.UK Notify answered with error 500.")
        .contains("Not sent: it failed");
    String shown = shownLink(page);
    PageSession stranger = new PageSession(baseUrl());
    assertThat(stranger.get(path(shown)).statusCode()).as("the link shown works").isEqualTo(200);

    HttpResponse<String> again =
        manager.post(
            "/referrer-invitations/" + invitationId(email) + "/send-again",
            Map.of("_csrf", PageSession.csrf(page)));
    assertThat(again.statusCode()).isEqualTo(302);
    HttpResponse<String> after = manager.get("/referrer-invitations");
    assertThat(after.body()).contains("Invitation sent to " + email).contains("Sent 5 December");
    List<StandInNotify.Received> sent = NOTIFY.receivedBy(email);
    assertThat(sent).hasSize(1);
    String link = sent.get(0).personalisation().get("link");
    assertThat(link).isNotEqualTo(shown);
    assertThat(stranger.get(path(shown)).statusCode())
        .as("the link shown before stops working")
        .isEqualTo(404);
    accept(link);
  }

  @Test
  void withNoTemplateTheLinkIsShownWithWhyItWasNotEmailed() {
    templates(null, null);
    String email = anEmail();

    HttpResponse<String> page = invite(email, "ENGLISH");

    assertThat(NOTIFY.receivedBy(email)).isEmpty();
    assertThat(page.body())
        .contains("Invitation made for " + email)
        .contains("It was not emailed: no GOV.UK Notify template is set for invitations.")
        .contains("Not emailed");
    assertThat(new PageSession(baseUrl()).get(path(shownLink(page))).statusCode()).isEqualTo(200);
  }

  @Test
  void aManagerSetsTheTemplatesAndAMistypedIdIsAnsweredBesideItsField() {
    HttpResponse<String> form = manager.get("/referrer-invitations/email");
    assertThat(form.statusCode()).isEqualTo(200);
    assertThat(form.body()).contains(ENGLISH.toString()).contains("((expires))");
    int version =
        jdbc.sql("SELECT version FROM referrer_invitation_template").query(Integer.class).single();

    HttpResponse<String> refused =
        manager.post(
            "/referrer-invitations/email",
            Map.of(
                "_csrf",
                PageSession.csrf(form),
                "templateId",
                "not-an-id",
                "templateIdCy",
                "",
                "version",
                String.valueOf(version)));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("Enter the template ID as GOV.UK Notify shows it")
        .contains("not-an-id");

    HttpResponse<String> saved =
        manager.post(
            "/referrer-invitations/email",
            Map.of(
                "_csrf",
                PageSession.csrf(form),
                "templateId",
                WELSH.toString(),
                "templateIdCy",
                "",
                "version",
                String.valueOf(version)));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(manager.get("/referrer-invitations").body())
        .contains("Invitation email templates saved")
        .contains("Invitations are emailed to the referrer through GOV.UK Notify.");
    assertThat(signedIn(area.user(Role.INTAKE)).get("/referrer-invitations/email").statusCode())
        .isEqualTo(403);
  }

  private HttpResponse<String> invite(String email, String language) {
    HttpResponse<String> page = manager.get("/referrer-invitations");
    HttpResponse<String> made =
        manager.post(
            "/referrer-invitations",
            Map.of(
                "_csrf",
                PageSession.csrf(page),
                "name",
                "Invented Referrer",
                "email",
                email,
                "organisation",
                "Invented Probation " + area.code(),
                "kind",
                "PROBATION",
                "areaId",
                String.valueOf(area.id()),
                "language",
                language));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    return manager.get("/referrer-invitations");
  }

  /** The account made with the link: the referrer is then signed in on its own. */
  private void accept(String link) {
    PageSession referrer = new PageSession(baseUrl());
    HttpResponse<String> form = referrer.get(path(link));
    assertThat(form.statusCode()).isEqualTo(200);
    String username = "ref." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    HttpResponse<String> made =
        referrer.post(
            path(link),
            Map.of(
                "_csrf",
                PageSession.csrf(form),
                "username",
                username,
                "password",
                "Lantern-quill-harbour-9",
                "confirmed",
                "Lantern-quill-harbour-9"));
    assertThat(made.statusCode()).as(made.body()).isIn(200, 302);
    assertThat(
            jdbc.sql("SELECT count(*) FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single())
        .as("the link made the account")
        .isEqualTo(1);
  }

  private long invitationId(String email) {
    return jdbc.sql("SELECT id FROM referrer_invitation WHERE email = :e")
        .param("e", email)
        .query(Long.class)
        .single();
  }

  private static String shownLink(HttpResponse<String> page) {
    Matcher link = SHOWN_LINK.matcher(page.body());
    assertThat(link.find()).as("the link is shown to send").isTrue();
    return link.group(1);
  }

  private static String path(String link) {
    return URI.create(link).getPath();
  }

  private static String anEmail() {
    return "referrer."
        + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
        + "@example.org";
  }
}
