package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The programme's problems and banners are in the reader's language: a worker who chose Welsh sees
 * the Welsh wording beside each field of the programme's forms, made by the records' annotations,
 * the pages and the services' own rules alike, and a Welsh API caller gets it in the problem
 * details. Someone who has not chosen sees the English as it always was.
 */
class WelshProgrammeProblemsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea area;

  @BeforeEach
  void anAreaOfItsOwn() {
    area = newArea();
  }

  /** A page session of the area's perpetrator worker who has chosen Welsh. */
  private PageSession inWelsh() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    assertThat(worker.get("/groups?lang=cy").body()).contains("<h1", "Grwpiau");
    return worker;
  }

  /** What a reader of the page sees: its text with the HTML escapes read as characters. */
  private static String seen(HttpResponse<String> page) {
    return HtmlUtils.htmlUnescape(page.body());
  }

  private static HttpResponse<String> post(PageSession worker, String path, Map<String, String> f) {
    Map<String, String> form = new HashMap<>(f);
    form.put("_csrf", worker.csrf("/groups"));
    return worker.post(path, form);
  }

  /** The set-up-a-group form with no name, no area, no date or time, and a capacity of "lots". */
  private static Map<String, String> aGroupLeftUnfinished() {
    return Map.of(
        "name", "",
        "capacity", "lots",
        "intakeEveryWeeks", "6",
        "firstSessionOn.day", "",
        "firstSessionOn.month", "",
        "firstSessionOn.year", "",
        "startsAt", "",
        "absenceLimit", "3");
  }

  @Test
  void settingUpAGroupWithItsAnswersMissingIsAnsweredInWelshBesideEachField() {
    PageSession worker = inWelsh();

    HttpResponse<String> answer = post(worker, "/groups", aGroupLeftUnfinished());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(seen(answer))
        .contains("govuk-form-group--error")
        .contains("Dewiswch yr ardal y mae'r grŵp yn ei gwasanaethu")
        .contains("Rhowch enw ar gyfer y grŵp")
        .contains(
            "Rhaid i nifer y dynion y mae'r grŵp yn eu derbyn fod yn rhif cyfan, er enghraifft 6")
        .contains("Rhowch ddyddiad y sesiwn gyntaf")
        .contains("Rhowch yr amser y mae'r grŵp yn dechrau")
        .doesNotContain("Select the area the group serves")
        .doesNotContain("Enter a name for the group")
        .doesNotContain("must be a whole number")
        .doesNotContain("Enter the date of the first session")
        .doesNotContain("Enter the time the group starts");
  }

  @Test
  void inEnglishTheSameMistakesReadAsTheyAlwaysHave() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));

    HttpResponse<String> answer = post(worker, "/groups", aGroupLeftUnfinished());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(seen(answer))
        .contains("Select the area the group serves")
        .contains("Enter a name for the group")
        .contains("How many men the group takes must be a whole number, like 6")
        .contains("Enter the date of the first session")
        .contains("Enter the time the group starts")
        .doesNotContain("Rhowch enw ar gyfer y grŵp");
  }

  @Test
  void aGroupSetUpInWelshIsSaidToBeSetUpInWelsh() {
    PageSession worker = inWelsh();
    LocalDate first = clock.today().plusDays(7);
    Map<String, String> form = new HashMap<>();
    form.put("areaId", String.valueOf(area.id()));
    form.put("name", "Invented Welsh group " + System.nanoTime());
    form.put("capacity", "12");
    form.put("intakeEveryWeeks", "6");
    form.put("firstSessionOn.day", String.valueOf(first.getDayOfMonth()));
    form.put("firstSessionOn.month", String.valueOf(first.getMonthValue()));
    form.put("firstSessionOn.year", String.valueOf(first.getYear()));
    form.put("startsAt", "18:30");
    form.put("absenceLimit", "3");

    HttpResponse<String> saved = post(worker, "/groups", form);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String group = URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath();
    assertThat(seen(worker.get(group))).contains("Grŵp wedi'i sefydlu").doesNotContain("set up");
  }

  @Test
  void thePlaceRulesRefuseInWelshBesideTheGroup() {
    PageSession worker = inWelsh();
    long group = AGroup.in(area).create(api()).id();
    String notAssessed = newCase(area);
    String programme = "/cases/" + notAssessed + "/programme";

    HttpResponse<String> noGroup = post(worker, programme, Map.of());
    HttpResponse<String> notYet = post(worker, programme, Map.of("groupId", String.valueOf(group)));

    assertThat(seen(noGroup)).contains("Dewiswch grŵp").doesNotContain("Select a group");
    assertThat(seen(notYet))
        .contains("govuk-form-group--error")
        .contains("Cyn cael lle, mae angen penderfyniad arno bod triniaeth yn hyfyw ac yn addas")
        .doesNotContain("He needs a treatment-viability decision");
  }

  /** A man with a place whose week-12 review is due today; its id. */
  private long aWeek12ReviewDueToday(String man) {
    AGroup.in(area).create(api()).place(man, clock.today());
    long review =
        jdbc.sql(
                """
                SELECT pr.id FROM programme_review pr JOIN enrolment e ON e.id = pr.enrolment_id
                JOIN referral r ON r.id = e.referral_id
                WHERE r.reference = :r AND pr.kind = 'WEEK_12'
                """)
            .param("r", man)
            .query(Long.class)
            .single();
    // Due now, so that the reviews due list it.
    jdbc.sql("UPDATE programme_review SET due_on = :today WHERE id = :id")
        .param("today", clock.today())
        .param("id", review)
        .update();
    return review;
  }

  @Test
  void theReasonsTheServiceGivesItsReviewsAreShownInWelsh() {
    PageSession worker = inWelsh();
    String man = newCase(area);
    long week12 = aWeek12ReviewDueToday(man);
    jdbc.sql(
            """
            INSERT INTO programme_review (enrolment_id, kind, reason, due_on)
            SELECT enrolment_id, 'ABSENCES', '3 absences without reason in a row', due_on
            FROM programme_review WHERE id = :id
            """)
        .param("id", week12)
        .update();

    assertThat(seen(worker.get("/programme/reviews")))
        .contains("Adolygiad wythnos 12")
        .contains("3 absenoldeb heb reswm yn olynol")
        .doesNotContain("Week 12 review")
        .doesNotContain("without reason in a row");
    assertThat(seen(worker.get("/programme/reviews/" + week12)))
        .contains("Wythnos 12: Adolygiad wythnos 12");
    assertThat(seen(worker.get("/programme/reviews?lang=en")))
        .contains("Week 12 review")
        .contains("3 absences without reason in a row");
  }

  /** The date's own problem is worded by the web foundation; the programme names the date. */
  @Test
  void aReviewRecordedWithoutItsDecisionIsAnsweredInWelsh() {
    PageSession worker = inWelsh();
    long review = aWeek12ReviewDueToday(newCase(area));

    HttpResponse<String> answer =
        post(
            worker,
            "/programme/reviews/" + review,
            Map.of(
                "heldOn.day", "31",
                "heldOn.month", "2",
                "heldOn.year", "2026",
                "outcome", "",
                "version", "0"));

    assertThat(seen(answer))
        .contains("Rhowch beth a benderfynwyd yn yr adolygiad")
        .doesNotContain("Enter what the review decided")
        .doesNotContain("The date of the review");
  }

  @Test
  void aCurriculumSessionAndANonAssociationLeftUnfinishedAreAnsweredInWelsh() {
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    assertThat(manager.get("/curricula?lang=cy").body()).contains("Cwricwla");
    long curriculum =
        jdbc.sql("SELECT id FROM curriculum WHERE is_default").query(Long.class).single();
    String man = newCase(area);

    HttpResponse<String> session =
        post(
            manager,
            "/curricula/" + curriculum + "/sessions",
            Map.of("module", "", "title", "", "hours", "lots", "position", "third"));
    HttpResponse<String> nonAssociation =
        post(
            manager,
            "/cases/" + man + "/non-associations",
            Map.of("otherReference", "", "note", ""));

    assertThat(seen(session))
        .contains("Rhowch y modiwl y mae'r sesiwn yn perthyn iddo")
        .contains("Rhowch gynnwys y sesiwn")
        .contains("Dewiswch gam 1 neu gam 2")
        .contains("Rhaid i'r oriau fod yn rhif, er enghraifft 1.875")
        .contains("Rhaid i'r safle fod yn rhif cyfan, er enghraifft 3")
        .doesNotContain("Enter the module the session belongs to")
        .doesNotContain("must be a number");
    assertThat(seen(nonAssociation))
        .contains("Rhowch gyfeirnod achos y dyn arall")
        .contains("Dewiswch pam na ddylen nhw fod yn yr un grŵp")
        .doesNotContain("Enter the other man's case reference")
        .doesNotContain("Select why they must not share a group");
  }

  @Test
  void aWelshApiCallerGetsTheProblemsInWelsh() {
    String token = area.token(Role.PERPETRATOR_WORKER);
    String man = newCase(area);

    Map<String, String> group = errors(welshPost(token, "/api/v1/groups", "{}"));
    Map<String, String> place =
        errors(welshPost(token, "/api/v1/cases/" + man + "/programme", "{}"));
    Map<String, String> english = errors(apiPost(token, "/api/v1/groups", "{}"));

    assertThat(group)
        .containsEntry("areaId", "Dewiswch yr ardal y mae'r grŵp yn ei gwasanaethu")
        .containsEntry("name", "Rhowch enw ar gyfer y grŵp")
        .containsEntry("capacity", "Rhowch faint o ddynion y mae'r grŵp yn eu derbyn")
        .containsEntry(
            "absenceLimit",
            "Rhowch faint o absenoldebau heb reswm yn olynol sy'n arwain at adolygiad");
    assertThat(place).containsEntry("groupId", "Dewiswch grŵp");
    assertThat(english)
        .containsEntry("areaId", "Select the area the group serves")
        .containsEntry("name", "Enter a name for the group");
  }

  @Test
  void aStatusChangeTheRulesRefuseNamesBothStatusesInWelsh() {
    String token = area.token(Role.PERPETRATOR_WORKER);
    ProgrammeGroup group = AGroup.in(area).create(api());
    String man = newCase(area);
    Place place = group.place(man, clock.today());
    String path = "/api/v1/cases/" + man + "/programme/" + place.id() + "/status";
    String completed = "{\"status\": \"COMPLETED\", \"reason\": \"Invented\", \"version\": 0}";

    assertThat(errors(welshPost(token, path, completed)))
        .containsEntry("status", "Does dim modd newid ei statws o ‘yn aros’ i ‘wedi cwblhau’");
    assertThat(errors(apiPost(token, path, completed)))
        .containsEntry("status", "He cannot move from waiting to completed");
  }

  /** An API POST from a caller whose language cookie says Welsh. */
  private HttpResponse<String> welshPost(String token, String path, String json) {
    return api().inWelsh().post(token, path, json);
  }

  private static Map<String, String> errors(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode list = JSON.readTree(response.body()).get("errors");
    assertThat(list).as(response.body()).isNotNull();
    Map<String, String> errors = new LinkedHashMap<>();
    list.forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
    return errors;
  }
}
