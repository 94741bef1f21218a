package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A support worker who reads Welsh is told in Welsh what is wrong with what she typed about her (a
 * session, her details in what is shared), what was saved and why a task is on her list; an API
 * caller who chose Welsh is told in Welsh of an evaluation too soon and that there is no such
 * partner. In English the words are as they were.
 */
class WelshPartnerSupportProblemsTest extends TandemTest {

  private static final Pattern PARTNER_ID = Pattern.compile("\"id\":(\\d+),\"relationship\"");

  private TestArea area;
  private String reference;
  private String her;

  @BeforeEach
  void herCase() {
    area = newArea();
    reference = newCase(area);
    Matcher id =
        PARTNER_ID.matcher(
            apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), "/api/v1/cases/" + reference).body());
    assertThat(id.find()).isTrue();
    her = "/cases/" + reference + "/partners/" + id.group(1);
  }

  private PageSession inWelsh() {
    PageSession worker = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    assertThat(worker.get(her + "?lang=cy").body()).contains("<html lang=\"cy\"");
    return worker;
  }

  private static String errorOf(Document page, String field) {
    return page.select("#" + field + "-error").text();
  }

  @Test
  void aSessionTypedWrongIsRefusedInWelsh() {
    PageSession worker = inWelsh();

    Document page = sessionTypedWrong(worker);

    assertThat(errorOf(page, "heldOn")).contains("Rhaid i'r dyddiad fod yn ddyddiad go iawn");
    assertThat(errorOf(page, "minutes")).contains("Rhowch yr hyd mewn munudau cyfan, fel 45");
    assertThat(page.text()).doesNotContain("must be a real date", "whole minutes");
  }

  @Test
  void herDetailsInWhatIsSharedAreNamedInWelsh() {
    PageSession worker = inWelsh();
    String share = her + "/share";

    Document page =
        Jsoup.parse(
            worker
                .post(
                    share,
                    Map.of(
                        "_csrf", worker.csrf(share),
                        "occurredOn.day", String.valueOf(clock.today().getDayOfMonth()),
                        "occurredOn.month", String.valueOf(clock.today().getMonthValue()),
                        "occurredOn.year", String.valueOf(clock.today().getYear()),
                        "summary", "Ms Testington says he waits on Imaginary Lane"))
                .body());

    assertThat(errorOf(page, "summary"))
        .contains(
            "Tynnwch ei henw a'i chyfeiriad allan: mae hyn yn cael ei rannu â gweithiwr y"
                + " cyflawnwr")
        .doesNotContain("Take out");
  }

  @Test
  void anEvaluationBeforeSheIsReachedIsRefusedInWelshThroughTheApi() {
    String evaluation =
        """
        {"point": "THREE_MONTHS", "completedOn": "%s", "violence": 4, "abusiveBehaviour": 4,
         "feelingSafe": 4, "childrensSafety": 4, "qualityOfLife": 4,
         "respectfulCommunication": 4, "spaceForAction": 4, "safetyAndFreedom": 4,
         "sharedParenting": 4, "awarenessOfSelf": 4, "saferChildhoods": 4}
        """
            .formatted(clock.today());

    HttpResponse<String> tooSoon =
        api()
            .inWelsh()
            .post(
                area.token(Role.PARTNER_SUPPORT_WORKER),
                "/api/v1" + her + "/evaluations",
                evaluation);

    assertThat(tooSoon.statusCode()).as(tooSoon.body()).isEqualTo(400);
    assertThat(tooSoon.body())
        .contains("Does neb wedi cysylltu â hi eto")
        .doesNotContain("She has not been reached");
  }

  @Test
  void whatWasSavedIsSaidInWelsh() {
    PageSession worker = inWelsh();
    String path = her + "/safety-plan";

    HttpResponse<String> saved =
        worker.post(
            path,
            Map.of(
                "plan", "Invented plan: a code word with her sister",
                "reviewOn.day", String.valueOf(clock.today().plusDays(14).getDayOfMonth()),
                "reviewOn.month", String.valueOf(clock.today().plusDays(14).getMonthValue()),
                "reviewOn.year", String.valueOf(clock.today().plusDays(14).getYear()),
                "basedOn", "0",
                "_csrf", worker.csrf(path)));

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(Jsoup.parse(worker.get(URI.create(location).getPath()).body()).text())
        .contains("Mae'r cynllun diogelwch wedi'i gadw")
        .doesNotContain("Safety plan saved");
  }

  @Test
  void noSuchPartnerIsSaidInWelshThroughTheApi() {
    HttpResponse<String> missing =
        api()
            .inWelsh()
            .get(
                area.token(Role.PARTNER_SUPPORT_WORKER),
                "/api/v1/cases/" + reference + "/partners/987654321");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("Does dim partner o'r fath ar " + reference);
  }

  @Test
  void aTaskPromptedByHisReleaseSaysWhyInWelsh() {
    HttpResponse<String> event =
        apiPost(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/cases/" + reference + "/risk-events",
            "{\"kind\": \"RELEASE_FROM_CUSTODY\", \"occurredOn\": \"%s\", \"summary\": \"Invented\"}"
                .formatted(clock.today().minusDays(1)));
    assertThat(event.statusCode()).as(event.body()).isEqualTo(201);
    PageSession worker = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));

    String welsh = Jsoup.parse(worker.get("/partner-support/tasks?lang=cy").body()).text();
    assertThat(welsh)
        .contains("Cafodd ei ryddhau o'r ddalfa")
        .doesNotContain("He was released from custody");
    String english = Jsoup.parse(worker.get("/partner-support/tasks?lang=en").body()).text();
    assertThat(english).contains("He was released from custody");
  }

  @Test
  void aCorrectionHerWishesMadeSaysWhyInWelsh() {
    String token = area.token(Role.PARTNER_SUPPORT_WORKER);
    int version =
        new tools.jackson.databind.json.JsonMapper()
            .readTree(apiGet(token, "/api/v1" + her).body())
            .get("version")
            .asInt();
    HttpResponse<String> wishes =
        apiPut(
            token,
            "/api/v1" + her + "/wishes",
            """
            {"safeContactTimes": "Evenings only", "doNotContactBy": [], "consentToShare": true,
             "consentToAttendance": false, "version": %d}
            """
                .formatted(version));
    assertThat(wishes.statusCode()).as(wishes.body()).isEqualTo(204);

    assertThat(Jsoup.parse(inWelsh().get(her).body()).text())
        .contains("Wedi newid gyda'i dymuniadau a'i chaniatâd")
        .doesNotContain("Changed with her wishes and consents");
  }

  /** A support session on 31 February lasting "forty" minutes, as this worker sends it. */
  private Document sessionTypedWrong(PageSession worker) {
    return Jsoup.parse(
        worker
            .post(
                her + "/sessions",
                Map.of(
                    "kind", "ONE_TO_ONE",
                    "heldOn.day", "31",
                    "heldOn.month", "2",
                    "heldOn.year", "2026",
                    "minutes", "forty",
                    "_csrf", worker.csrf(her + "/sessions/new")))
            .body());
  }

  @Test
  void inEnglishTheWordsAreUnchanged() {
    PageSession worker = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));

    Document page = sessionTypedWrong(worker);

    assertThat(errorOf(page, "heldOn")).contains("The date must be a real date");
    assertThat(errorOf(page, "minutes")).contains("Enter the length in whole minutes, like 45");
  }
}
