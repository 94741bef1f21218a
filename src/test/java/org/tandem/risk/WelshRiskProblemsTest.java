package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A worker who reads Welsh is told what is wrong with a risk event, a review or a referral to MARAC
 * in Welsh, beside the field, and what was saved in Welsh; an API caller who chose Welsh gets the
 * problems in Welsh. In English the words are as they were.
 */
class WelshRiskProblemsTest extends TandemTest {

  private TestArea area;
  private String reference;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    reference = newCase(area);
  }

  private PageSession inWelsh(Role role) {
    PageSession session = signedIn(area.user(role));
    assertThat(session.get("/cases/" + reference + "/risk?lang=cy").body())
        .contains("<html lang=\"cy\"");
    return session;
  }

  private static String errorOf(Document page, String field) {
    return page.select("#" + field + "-error").text();
  }

  private static LocalDate today() {
    return clock.today();
  }

  @Test
  void anEmptyRiskEventIsRefusedInWelshBesideEachField() {
    PageSession worker = inWelsh(Role.PERPETRATOR_WORKER);
    String path = "/cases/" + reference + "/risk/events";

    HttpResponse<String> refused =
        worker.post(
            path,
            Map.of(
                "occurredOn.day", "",
                "occurredOn.month", "",
                "occurredOn.year", "",
                "summary", "",
                "_csrf", worker.csrf(path + "/new")));

    assertThat(refused.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(refused.body());
    assertThat(errorOf(page, "kind")).contains("Dewiswch pa fath o ddigwyddiad oedd e");
    assertThat(errorOf(page, "occurredOn")).contains("Rhowch y dyddiad y digwyddodd");
    assertThat(errorOf(page, "summary")).contains("Disgrifiwch yr wybodaeth am y risg");
    assertThat(page.text()).doesNotContain("Select what kind", "Enter the date", "Describe the");
  }

  @Test
  void aReviewWithAPartDateIsRefusedInWelsh() {
    PageSession manager = inWelsh(Role.SERVICE_MANAGER);
    String path = "/cases/" + reference + "/risk/reviews";
    Map<String, String> form = new HashMap<>();
    form.put("heldOn.day", String.valueOf(today().getDayOfMonth()));
    form.put("heldOn.month", String.valueOf(today().getMonthValue()));
    form.put("heldOn.year", String.valueOf(today().getYear()));
    form.put("decisions", "");
    form.put("riskLevel", "HIGH");
    form.put("nextReviewOn.day", "12");
    form.put("nextReviewOn.month", "");
    form.put("nextReviewOn.year", "2027");
    form.put("_csrf", manager.csrf(path + "/new"));

    Document page = Jsoup.parse(manager.post(path, form).body());

    assertThat(errorOf(page, "decisions")).contains("Rhowch beth a benderfynwyd yn yr adolygiad");
    assertThat(errorOf(page, "nextReviewOn"))
        .contains("Rhaid i ddyddiad yr adolygiad nesaf gynnwys diwrnod, mis a blwyddyn");
    assertThat(page.text()).doesNotContain("must include a day", "Enter what the review");
  }

  @Test
  void aReferralOnJudgementIsRefusedThenSavedInWelsh() {
    PageSession worker = inWelsh(Role.PERPETRATOR_WORKER);
    String path = "/cases/" + reference + "/marac";

    Document blank =
        Jsoup.parse(
            worker.post(path, Map.of("reason", " ", "_csrf", worker.csrf(path + "/new"))).body());
    assertThat(errorOf(blank, "reason")).contains("Rhowch y rhesymau dros eich pryder");

    HttpResponse<String> referred =
        worker.post(
            path, Map.of("reason", "Invented concern", "_csrf", worker.csrf(path + "/new")));
    assertThat(referred.statusCode()).isEqualTo(302);
    assertThat(Jsoup.parse(worker.get("/cases/" + reference + "/risk").body()).text())
        .contains("Mae'r dasg atgyfeirio i MARAC wedi'i chreu")
        .doesNotContain("MARAC referral task created");
  }

  @Test
  void theApiSaysItsProblemsInWelshToACallerWhoChoseWelsh() {
    HttpResponse<String> refused =
        api()
            .inWelsh()
            .post(
                area.token(Role.PERPETRATOR_WORKER),
                "/api/v1/cases/" + reference + "/risk-events",
                "{}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body())
        .contains("Dewiswch pa fath o ddigwyddiad oedd e")
        .contains("Disgrifiwch yr wybodaeth am y risg")
        .doesNotContain("Describe the risk information");
  }

  @Test
  void inEnglishTheWordsAreUnchanged() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String path = "/cases/" + reference + "/risk/events";

    Document page =
        Jsoup.parse(
            worker
                .post(
                    path,
                    Map.of(
                        "occurredOn.day", "31",
                        "occurredOn.month", "2",
                        "occurredOn.year", "2026",
                        "summary", "",
                        "_csrf", worker.csrf(path + "/new")))
                .body());

    assertThat(errorOf(page, "occurredOn")).contains("The date it happened must be a real date");
    assertThat(errorOf(page, "summary")).contains("Describe the risk information");
  }
}
