package org.tandem.referrer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A manager or a referrer who reads Welsh is told what is wrong with the invitation, the account
 * and the invitation email's template in Welsh, beside the field, with no English problem left; in
 * English the words are as they were.
 */
class WelshReferrerProblemsTest extends TandemTest {

  private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{20,})");

  private TestArea area;
  private PageSession manager;

  @BeforeEach
  void aManagerAndNoInvitationTemplate() {
    jdbc.sql("UPDATE referrer_invitation_template SET template_id = NULL, template_id_cy = NULL")
        .update();
    area = newArea();
    manager = signedIn(area.user(Role.SERVICE_MANAGER));
  }

  @Test
  void anEmptyInvitationIsAnsweredInWelsh() {
    HttpResponse<String> page = manager.get("/referrer-invitations?lang=cy");

    String body = text(manager.post("/referrer-invitations", Map.of("_csrf", csrf(page))));

    assertThat(body)
        .contains("Rhowch eu henw")
        .contains("Rhowch eu cyfeiriad e-bost gwaith")
        .contains("Rhowch enw eu sefydliad")
        .contains("Dewiswch y math o sefydliad")
        .contains("Dewiswch yr ardal y maen nhw'n atgyfeirio iddi")
        .doesNotContain("Enter their")
        .doesNotContain("Select the");
  }

  @Test
  void anAreaNotTheirsAndABadTemplateIdAreAnsweredInWelsh() {
    HttpResponse<String> page = manager.get("/referrer-invitations?lang=cy");
    String refused =
        text(
            manager.post(
                "/referrer-invitations",
                Map.of(
                    "_csrf",
                    csrf(page),
                    "name",
                    "Invented Person",
                    "email",
                    anEmail(),
                    "organisation",
                    "Invented Probation",
                    "kind",
                    "PROBATION",
                    "areaId",
                    String.valueOf(newArea().id()))));
    assertThat(refused)
        .contains("Dewiswch ardal rydych chi'n ei rheoli")
        .doesNotContain("Select an area you manage");

    HttpResponse<String> form = manager.get("/referrer-invitations/email");
    String template =
        text(
            manager.post(
                "/referrer-invitations/email",
                Map.of("_csrf", csrf(form), "templateId", "not-an-id", "version", "0")));
    assertThat(template)
        .contains("Rhowch rif adnabod (ID) y templed fel y mae GOV.UK Notify yn ei ddangos")
        .doesNotContain("Enter the template ID");
  }

  @Test
  void theAccountFormIsAnsweredInWelshToAWelshReader() {
    String link = invite();
    PageSession referrer = new PageSession(baseUrl());
    // The first visit opens her session; the choice of Welsh is then kept in it (the test's
    // session keeps no other cookie, as a browser refusing the language cookie would not).
    referrer.get(link);
    HttpResponse<String> form = referrer.get(link + "?lang=cy");
    assertThat(form.body()).contains("Creu eich cyfrif");
    assertThat(form.statusCode()).isEqualTo(200);

    String body =
        text(
            referrer.post(
                link,
                Map.of(
                    "_csrf",
                    csrf(form),
                    "username",
                    "No Spaces Allowed",
                    "password",
                    "short",
                    "confirmed",
                    "")));

    assertThat(body)
        .contains("Rhaid i'r enw defnyddiwr fod yn 2 i 80 o lythrennau bach")
        .contains("Rhaid i'r cyfrinair fod yn 12 nod o leiaf")
        .doesNotContain("The username must")
        .doesNotContain("The password must");
  }

  @Test
  void inEnglishTheWordsAreAsTheyWere() {
    HttpResponse<String> page = manager.get("/referrer-invitations?lang=en");

    String body = text(manager.post("/referrer-invitations", Map.of("_csrf", csrf(page))));

    assertThat(body)
        .contains("Enter their name")
        .contains("Enter their work email address")
        .contains("Select the area they refer to");
  }

  /** An invitation made by the manager, in English: its link's path, shown as none is emailed. */
  private String invite() {
    HttpResponse<String> page = manager.get("/referrer-invitations?lang=en");
    HttpResponse<String> made =
        manager.post(
            "/referrer-invitations",
            Map.of(
                "_csrf",
                csrf(page),
                "name",
                "Invented Person",
                "email",
                anEmail(),
                "organisation",
                "Invented Children's Services",
                "kind",
                "CHILDRENS_SOCIAL_CARE",
                "areaId",
                String.valueOf(area.id())));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    Matcher link = LINK.matcher(manager.get("/referrer-invitations").body());
    assertThat(link.find()).isTrue();
    return link.group();
  }

  private static String csrf(HttpResponse<String> page) {
    return PageSession.csrf(page);
  }

  /** The page as read: Thymeleaf writes an apostrophe as a character reference. */
  private static String text(HttpResponse<String> page) {
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return page.body().replace("&#39;", "'");
  }

  private static String anEmail() {
    return "welsh."
        + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36)
        + "@example.org";
  }
}
