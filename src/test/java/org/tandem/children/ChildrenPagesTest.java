package org.tandem.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The children's-work pages read and submitted over HTTP: what the journey does not reach. */
class ChildrenPagesTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();

  @BeforeEach
  void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
  }

  private static LocalDate today() {
    return clock.today();
  }

  @Test
  void aStatusChangeOnAPageOpenedBeforeSomeoneElsesIsRefusedAndSavesNothing() {
    String reference = newCase();
    long child = childId(reference);
    PageSession worker = signedIn(area.user(Role.CHILDRENS_WORKER));
    String form = "/cases/" + reference + "/children/" + child + "/protection-status/new";
    String csrf = worker.csrf(form);

    HttpResponse<String> first =
        worker.post(statusPath(reference, child), status("EARLY_HELP", 0, csrf));
    assertThat(first.statusCode()).isEqualTo(302);
    HttpResponse<String> stale = worker.post(statusPath(reference, child), status("NONE", 0, csrf));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body())
        .contains("Error: Record a change of protection status")
        .contains("Someone else changed this child&#39;s status")
        .contains("name=\"version\" value=\"1\"");
    assertThat(status(child)).isEqualTo("EARLY_HELP");

    HttpResponse<String> again = worker.post(statusPath(reference, child), status("NONE", 1, csrf));
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(status(child)).isEqualTo("NONE");
  }

  @Test
  void aDateThatIsNotRealAndAnEarlyAfterReadingAreShownBesideTheirFields() {
    String reference = newCase();
    long child = childId(reference);
    PageSession worker = signedIn(area.user(Role.CHILDRENS_WORKER));
    String path = "/cases/" + reference + "/children/" + child + "/safety-ladder";
    String csrf = worker.csrf(path + "/new");

    Map<String, String> notReal = reading("BEFORE", "31", "2", "3", csrf);
    HttpResponse<String> bad = worker.post(path, notReal);
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body())
        .contains("Error: Record a safety ladder reading")
        .contains("The date of the reading must be a real date")
        .contains("value=\"31\"");

    LocalDate yesterday = today().minusDays(1);
    assertThat(
            worker
                .post(
                    path,
                    reading(
                        "BEFORE",
                        String.valueOf(today().getDayOfMonth()),
                        String.valueOf(today().getMonthValue()),
                        "4",
                        csrf))
                .statusCode())
        .isEqualTo(302);
    Map<String, String> early =
        reading(
            "AFTER",
            String.valueOf(yesterday.getDayOfMonth()),
            String.valueOf(yesterday.getMonthValue()),
            "ten",
            csrf);
    early.put("takenOn.year", String.valueOf(yesterday.getYear()));
    HttpResponse<String> refused = worker.post(path, early);
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("An after reading cannot be earlier than the first before reading")
        .contains("Enter a rating from 1 to 10")
        .contains("value=\"ten\"");
    assertThat(
            jdbc.sql("SELECT count(*) FROM safety_ladder_reading WHERE child_id = :c")
                .param("c", child)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aLongListOfSessionsIsPaged() {
    Family family = newFamily(AReferral.in(area));
    String reference = family.reference();
    ChildRecord record = ChildRecord.of(family, 0);
    for (int i = 0; i < 23; i++) {
      record.session("GROUP", today().minusDays(i), "Invented session " + i);
    }
    long child = record.childId();
    PageSession worker = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    String overview = worker.get("/cases/" + reference + "/children").body();
    assertThat(overview)
        .contains("Latest 5 sessions, newest first")
        .contains("Invented session 4<")
        .doesNotContain("Invented session 5<")
        .contains("All <span>23</span> sessions");
    String base = "/cases/" + reference + "/children/" + child + "/sessions";
    String first = worker.get(base).body();
    assertThat(first)
        .contains("Page 1 of 2")
        .contains("Invented session 19<")
        .doesNotContain("Invented session 20<");
    String second = worker.get(base + "?page=2").body();
    assertThat(second).contains("Page 2 of 2").contains("Invented session 22<");
  }

  @Test
  void rolesOutsideChildrensWorkAreRefusedThePagesAndDoNotSeeTheLink() {
    String reference = newCase();
    long child = childId(reference);
    for (TestArea.User user : List.of(area.user(Role.INTAKE), area.user(Role.PERPETRATOR_WORKER))) {
      PageSession session = signedIn(user);
      assertThat(session.get("/cases/" + reference).body())
          .doesNotContain("href=\"/cases/" + reference + "/children\"");
      assertThat(session.get("/cases/" + reference + "/children").statusCode()).isEqualTo(403);
      assertThat(
              session
                  .get("/cases/" + reference + "/children/" + child + "/sessions/new")
                  .statusCode())
          .isEqualTo(403);
    }
    assertThat(signedIn(area.user(Role.CHILDRENS_WORKER)).get("/cases/" + reference).body())
        // The link's words come from messages, which Thymeleaf escapes: the apostrophe is &#39;.
        .contains("href=\"/cases/" + reference + "/children\">Children&#39;s work</a>");
  }

  // --- helpers ---

  private static String statusPath(String reference, long child) {
    return "/cases/" + reference + "/children/" + child + "/protection-status";
  }

  private static Map<String, String> status(String status, int version, String csrf) {
    Map<String, String> form = new HashMap<>();
    form.put("status", status);
    form.put("changedOn.day", String.valueOf(today().getDayOfMonth()));
    form.put("changedOn.month", String.valueOf(today().getMonthValue()));
    form.put("changedOn.year", String.valueOf(today().getYear()));
    form.put("version", String.valueOf(version));
    form.put("_csrf", csrf);
    return form;
  }

  private static Map<String, String> reading(
      String stage, String day, String month, String rating, String csrf) {
    Map<String, String> form = new HashMap<>();
    form.put("stage", stage);
    form.put("takenOn.day", day);
    form.put("takenOn.month", month);
    form.put("takenOn.year", String.valueOf(today().getYear()));
    form.put("rating", rating);
    form.put("_csrf", csrf);
    return form;
  }

  private String status(long child) {
    return jdbc.sql("SELECT protection_status FROM child WHERE id = :id")
        .param("id", child)
        .query(String.class)
        .single();
  }

  private String newCase() {
    return newCase(area);
  }

  private long childId(String reference) {
    HttpResponse<String> response =
        apiGet(area.token(Role.CHILDRENS_WORKER), "/api/v1/cases/" + reference + "/children");
    JsonNode children = JSON.readTree(response.body()).get("children");
    return children.get(0).get("id").asLong();
  }
}
