package org.tandem.womensgroups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;
import org.tandem.partnersupport.HerSupport;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The women's group through the API: setting one up, adding women, recording sessions with their
 * registers, the rules that refuse bad requests with the field named, areas as 404, and edit
 * conflicts as 409.
 */
class WomensGroupApiTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String partnerSupport;
  private String manager;

  @Autowired WomensGroupSessions womensGroups;
  @Autowired UserDetailsService users;

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    area.alsoManage(otherArea);
    partnerSupport = area.token(Role.PARTNER_SUPPORT_WORKER);
    manager = area.token(Role.SERVICE_MANAGER);
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void partnerSupportSetsUpAGroupAddsWomenAndRecordsASessionWithItsRegister() {
    LocalDate today = clock.today();
    String name = TestData.marker("Group ");
    long group = createGroup(partnerSupport, area.id(), name, today.minusWeeks(2));

    HttpResponse<String> listed = apiGet(partnerSupport, "/api/v1/womens-groups?size=100");
    assertThat(listed.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(listed.body()).get("items").findValuesAsString("name")).contains(name);

    Woman first = newWoman(area);
    Woman second = newWoman(area);
    HttpResponse<String> candidates =
        apiGet(partnerSupport, "/api/v1/womens-groups/" + group + "/candidates?size=100");
    assertThat(candidates.statusCode()).as(candidates.body()).isEqualTo(200);
    long total = JSON.readTree(candidates.body()).get("total").asLong();
    List<Long> candidateIds = new ArrayList<>();
    for (int page = 0; page * 100 < total; page++) {
      JSON.readTree(
              apiGet(
                      partnerSupport,
                      "/api/v1/womens-groups/" + group + "/candidates?size=100&page=" + page)
                  .body())
          .get("items")
          .forEach(c -> candidateIds.add(c.get("partnerId").asLong()));
    }
    assertThat(candidateIds).contains(first.partnerId(), second.partnerId());

    addMember(group, first.partnerId(), 201);
    addMember(group, second.partnerId(), 201);
    // Already in the group: not a candidate any more.
    HttpResponse<String> again = addMember(group, first.partnerId(), 400);
    assertThat(again.body()).contains("\"field\":\"partnerId\"");

    HttpResponse<String> recorded =
        apiPost(
            partnerSupport,
            "/api/v1/womens-groups/" + group + "/sessions",
            session(
                today.minusDays(1),
                "Invented topic: the effects of abuse on children",
                mark(first.partnerId(), true, null),
                mark(second.partnerId(), false, "Invented: a hospital appointment")));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    long sessionId = JSON.readTree(recorded.body()).get("id").asLong();

    HttpResponse<String> detail = apiGet(partnerSupport, "/api/v1/womens-groups/" + group);
    assertThat(detail.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(detail.body());
    assertThat(json.get("group").get("members").asInt()).isEqualTo(2);
    assertThat(json.get("group").get("placesFree").asInt()).isEqualTo(10);
    assertThat(json.get("members").findValuesAsString("reference"))
        .containsExactlyInAnyOrder(first.reference(), second.reference());
    JsonNode listedSession = json.get("sessions").get("items").get(0);
    assertThat(listedSession.get("number").asInt()).isEqualTo(1);
    assertThat(listedSession.get("attended").asInt()).isEqualTo(1);
    assertThat(listedSession.get("absent").asInt()).isEqualTo(1);

    JsonNode register =
        JSON.readTree(
                apiGet(partnerSupport, "/api/v1/womens-groups/" + group + "/sessions/" + sessionId)
                    .body())
            .get("register");
    assertThat(register).hasSize(2);
    for (JsonNode entry : register) {
      boolean isFirst = entry.get("partnerId").asLong() == first.partnerId();
      assertThat(entry.get("attended").asBoolean()).isEqualTo(isFirst);
    }

    // Every read and write of a woman is in her case's audit trail, without content.
    List<String> whats =
        jdbc.sql("SELECT action || ' ' || what FROM audit_event WHERE case_reference = :r")
            .param("r", second.reference())
            .query(String.class)
            .list();
    assertThat(whats)
        .contains(
            "CREATE women's group member added",
            "CREATE women's group attendance",
            "LIST women's group members",
            "LIST women's group attendance");
    assertThat(whats).noneMatch(w -> w.contains("hospital") || w.contains(name));

    // Her record's view: the session, attended or not.
    actingAs(area.user(Role.PARTNER_SUPPORT_WORKER).username());
    List<WomensGroupAttendance> hers = womensGroups.attendanceOf(second.partnerId());
    assertThat(hers).hasSize(1);
    assertThat(hers.get(0).groupName()).isEqualTo(name);
    assertThat(hers.get(0).heldOn()).isEqualTo(today.minusDays(1));
    assertThat(hers.get(0).topic()).isEqualTo("Invented topic: the effects of abuse on children");
    assertThat(hers.get(0).attended()).isFalse();
    assertThat(womensGroups.attendanceOf(first.partnerId()).get(0).attended()).isTrue();
    actingAs(area.user(Role.PERPETRATOR_WORKER).username());
    assertThatThrownBy(() -> womensGroups.attendanceOf(second.partnerId()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void badRequestsAreRefusedNamingEachFieldAndSaveNothing() {
    HttpResponse<String> empty = apiPost(partnerSupport, "/api/v1/womens-groups", "{}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(fields(empty.body()))
        .containsExactlyInAnyOrder("areaId", "name", "venue", "meets", "startsOn", "capacity");

    HttpResponse<String> wrongArea =
        apiPost(
            partnerSupport,
            "/api/v1/womens-groups",
            group(otherArea.id(), "Invented", clock.today(), 50));
    assertThat(wrongArea.statusCode()).isEqualTo(400);
    assertThat(fields(wrongArea.body())).containsExactlyInAnyOrder("areaId", "capacity");

    long group =
        createGroup(
            partnerSupport, area.id(), TestData.marker("Group "), clock.today().minusWeeks(1));
    Woman woman = newWoman(area);
    addMember(group, woman.partnerId(), 201);
    Woman stranger = newWoman(area);
    Woman declined = newWoman(area);
    HerSupport.of(declined.family(), 0).status("DECLINED", clock.today());
    assertThat(fields(addMember(group, declined.partnerId(), 400).body()))
        .containsExactly("partnerId");
    assertThat(fields(addMember(group, newWoman(otherArea).partnerId(), 400).body()))
        .containsExactly("partnerId");
    assertThat(fields(apiPost(partnerSupport, members(group), "{}").body()))
        .containsExactly("partnerId");

    HttpResponse<String> future =
        apiPost(
            partnerSupport,
            "/api/v1/womens-groups/" + group + "/sessions",
            session(clock.today().plusDays(2), "", mark(stranger.partnerId(), null, null)));
    assertThat(future.statusCode()).isEqualTo(400);
    assertThat(fields(future.body()))
        .containsExactlyInAnyOrder(
            "heldOn", "topic", "attendance[0].attended", "attendance[0].partnerId", "attendance");
    assertThat(
            jdbc.sql("SELECT count(*) FROM womens_group_session WHERE group_id = :g")
                .param("g", group)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aGroupOutsideTheCallersAreasIsNotFoundAndOtherRolesAreRefused() {
    long eastwick =
        createGroup(
            otherArea.token(Role.PARTNER_SUPPORT_WORKER),
            otherArea.id(),
            TestData.marker("Eastwick "),
            clock.today().minusDays(1));
    assertThat(apiGet(manager, "/api/v1/womens-groups/" + eastwick).statusCode()).isEqualTo(200);
    HttpResponse<String> notFound = apiGet(partnerSupport, "/api/v1/womens-groups/" + eastwick);
    assertThat(notFound.statusCode()).isEqualTo(404);
    assertThat(notFound.body()).contains("\"title\":\"Not found\"");
    assertThat(
            apiPost(
                    partnerSupport,
                    "/api/v1/womens-groups/" + eastwick + "/sessions",
                    session(clock.today(), "Invented"))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            JSON.readTree(apiGet(partnerSupport, "/api/v1/womens-groups?size=100").body())
                .get("items")
                .findValuesAsString("areaCode"))
        .doesNotContain(otherArea.code());
    // A perpetrator worker in that very area may not use the women's group at all.
    HttpResponse<String> refused =
        apiGet(otherArea.token(Role.PERPETRATOR_WORKER), "/api/v1/womens-groups/" + eastwick);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("\"title\":\"Forbidden\"");
  }

  @Test
  void aChangeToASessionSomeoneElseChangedIsAConflictAndSavesNothing() {
    LocalDate today = clock.today();
    long group = createGroup(partnerSupport, area.id(), TestData.marker("G "), today);
    Woman woman = newWoman(area);
    addMember(group, woman.partnerId(), 201);
    HttpResponse<String> recorded =
        apiPost(
            partnerSupport,
            "/api/v1/womens-groups/" + group + "/sessions",
            session(today, "Invented first topic", mark(woman.partnerId(), true, null)));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    String path =
        "/api/v1/womens-groups/"
            + group
            + "/sessions/"
            + JSON.readTree(recorded.body()).get("id").asLong();
    int version = JSON.readTree(apiGet(partnerSupport, path).body()).get("version").asInt();

    HttpResponse<String> first =
        apiPut(
            partnerSupport,
            path,
            withVersion(
                session(today, "Invented second topic", mark(woman.partnerId(), false, null)),
                version));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(JSON.readTree(first.body()).get("version").asInt()).isEqualTo(version + 1);

    HttpResponse<String> stale =
        apiPut(
            manager,
            path,
            withVersion(
                session(today, "Invented stale topic", mark(woman.partnerId(), true, null)),
                version));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(stale.body()).contains("\"title\":\"Edit conflict\"");
    JsonNode now = JSON.readTree(apiGet(partnerSupport, path).body());
    assertThat(now.get("topic").asString()).isEqualTo("Invented second topic");
    assertThat(now.get("register").get(0).get("attended").asBoolean()).isFalse();

    // On the page, a stale save says so, keeps what was typed and shows the session as it is now.
    org.tandem.PageSession pages = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    String pagePath = path.replace("/api/v1", "");
    String csrf = pages.csrf(pagePath);
    HttpResponse<String> conflict =
        pages.post(
            pagePath,
            java.util.Map.of(
                "_csrf", csrf,
                "version", String.valueOf(version),
                "heldOn.day", String.valueOf(today.getDayOfMonth()),
                "heldOn.month", String.valueOf(today.getMonthValue()),
                "heldOn.year", String.valueOf(today.getYear()),
                "topic", "Invented typed topic",
                "attendance[0].partnerId", String.valueOf(woman.partnerId()),
                "attendance[0].attended", "true"));
    assertThat(conflict.statusCode()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("Someone else changed this session")
        .contains("value=\"Invented typed topic\"")
        .contains("Invented second topic");
    assertThat(JSON.readTree(apiGet(partnerSupport, path).body()).get("topic").asString())
        .isEqualTo("Invented second topic");

    HttpResponse<String> noVersion =
        apiPut(
            partnerSupport,
            path,
            session(today, "Invented topic", mark(woman.partnerId(), true, null)));
    assertThat(noVersion.statusCode()).isEqualTo(400);
    assertThat(fields(noVersion.body())).contains("version");
  }

  // --- helpers ---

  /** A woman named in a referral to a test area, as the women's group sees her. */
  record Woman(Family family) {
    long partnerId() {
      return family.partner(0);
    }

    String reference() {
      return family.reference();
    }
  }

  private Woman newWoman(TestArea in) {
    return new Woman(newFamily(AReferral.in(in)));
  }

  private long createGroup(String token, long areaId, String name, LocalDate startsOn) {
    HttpResponse<String> created =
        apiPost(token, "/api/v1/womens-groups", group(areaId, name, startsOn, 12));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JSON.readTree(created.body()).get("id").asLong();
  }

  private static String group(long areaId, String name, LocalDate startsOn, int capacity) {
    return """
        {"areaId": %d, "name": "%s", "venue": "Invented Hall, 1 Nowhere Street, Fictionton",
         "meets": "Tuesdays 10:00 to 12:00", "startsOn": "%s", "capacity": %d}
        """
        .formatted(areaId, name, startsOn, capacity);
  }

  private static String members(long group) {
    return "/api/v1/womens-groups/" + group + "/members";
  }

  private HttpResponse<String> addMember(long group, long partnerId, int status) {
    HttpResponse<String> response =
        apiPost(partnerSupport, members(group), "{\"partnerId\": " + partnerId + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return response;
  }

  private static String mark(long partnerId, Boolean attended, String reason) {
    return "{\"partnerId\": %d, \"attended\": %s, \"absenceReason\": %s}"
        .formatted(partnerId, attended, reason == null ? "null" : "\"" + reason + "\"");
  }

  private static String session(LocalDate heldOn, String topic, String... marks) {
    return "{\"heldOn\": \"%s\", \"topic\": \"%s\", \"attendance\": [%s]}"
        .formatted(heldOn, topic, String.join(",", marks));
  }

  private static String withVersion(String json, int version) {
    return json.substring(0, json.length() - 1) + ", \"version\": " + version + "}";
  }

  private static List<String> fields(String body) {
    return JSON.readTree(body).get("errors").findValuesAsString("field");
  }

  private void actingAs(String username) {
    UserDetails user = users.loadUserByUsername(username);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
  }
}
