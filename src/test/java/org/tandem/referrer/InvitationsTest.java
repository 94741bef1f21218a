package org.tandem.referrer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
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
 * An invitation's link: kept only as a hash, refused once withdrawn or expired, and only a manager
 * covering the area may make or withdraw one.
 */
class InvitationsTest extends TandemTest {

  private static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{20,})");

  /** No email template, so the link is shown to the manager (InvitationEmailTest emails it). */
  @BeforeEach
  void invitationsAreNotEmailed() {
    jdbc.sql("UPDATE referrer_invitation_template SET template_id = NULL, template_id_cy = NULL")
        .update();
  }

  @Test
  void aWithdrawnOrExpiredLinkIsRefusedAndOnlyItsHashIsKept() {
    TestArea area = newArea();
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));

    String first = invite(manager, area);
    assertThat(
            jdbc.sql("SELECT count(*) FROM referrer_invitation WHERE token_hash LIKE :t")
                .param("t", "%" + first + "%")
                .query(Long.class)
                .single())
        .as("the secret itself is not stored")
        .isZero();
    PageSession stranger = new PageSession(baseUrl());
    assertThat(stranger.get("/invitation/" + first).statusCode()).isEqualTo(200);

    long id =
        jdbc.sql("SELECT max(id) FROM referrer_invitation WHERE area_id = :a")
            .param("a", area.id())
            .query(Long.class)
            .single();
    HttpResponse<String> list = manager.get("/referrer-invitations");
    assertThat(
            manager
                .post(
                    "/referrer-invitations/" + id + "/withdraw",
                    Map.of("_csrf", PageSession.csrf(list)))
                .statusCode())
        .isEqualTo(302);
    assertThat(stranger.get("/invitation/" + first).statusCode()).isEqualTo(404);

    String second = invite(manager, area);
    jdbc.sql("UPDATE referrer_invitation SET expires_at = :t WHERE area_id = :a AND id > :id")
        .param(
            "t",
            java.time.OffsetDateTime.ofInstant(
                clock.instant().minus(Duration.ofMinutes(1)), clock.getZone()))
        .param("a", area.id())
        .param("id", id)
        .update();
    assertThat(stranger.get("/invitation/" + second).statusCode()).isEqualTo(404);
    assertThat(stranger.get("/invitation/not-a-real-link").statusCode()).isEqualTo(404);
  }

  @Test
  void onlyAManagerOfTheAreaInvites() {
    TestArea area = newArea();
    TestArea other = newArea();
    assertThat(signedIn(area.user(Role.INTAKE)).get("/referrer-invitations").statusCode())
        .isEqualTo(403);
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    HttpResponse<String> page = manager.get("/referrer-invitations");
    HttpResponse<String> refused =
        manager.post(
            "/referrer-invitations",
            Map.of(
                "_csrf",
                PageSession.csrf(page),
                "name",
                "Invented Person",
                "email",
                "someone." + suffix() + "@example.org",
                "organisation",
                "Invented Probation",
                "kind",
                "PROBATION",
                "areaId",
                String.valueOf(other.id())));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Select an area you manage").contains("Invented Probation");
  }

  private String invite(PageSession manager, TestArea area) {
    HttpResponse<String> page = manager.get("/referrer-invitations");
    HttpResponse<String> made =
        manager.post(
            "/referrer-invitations",
            Map.of(
                "_csrf",
                PageSession.csrf(page),
                "name",
                "Invented Person",
                "email",
                "someone." + suffix() + "@example.org",
                "organisation",
                "Invented Children's Services",
                "kind",
                "CHILDRENS_SOCIAL_CARE",
                "areaId",
                String.valueOf(area.id())));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
    Matcher link = LINK.matcher(manager.get("/referrer-invitations").body());
    assertThat(link.find()).as("the link is shown once, to send").isTrue();
    return link.group(1);
  }

  private static String suffix() {
    return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }
}
