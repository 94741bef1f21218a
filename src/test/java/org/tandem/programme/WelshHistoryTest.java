package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;

/**
 * What the service itself wrote into a family's history (his place on the programme, his first
 * session, a session he missed, why the risk level changed) is stored as it was recorded, in
 * English, and read in the reader's language: a worker who reads Welsh sees it in Welsh on the risk
 * timeline, the case's journey and his place, with the group's name and a worker's words as typed;
 * in English it reads exactly as it was stored.
 */
class WelshHistoryTest extends TandemTest {

  private TestArea area;
  private String reference;
  private String group;
  private Place place;

  @BeforeEach
  void aManWhoStartedThenMissedASession() {
    area = newArea();
    group = TestData.marker("Grŵp dydd Mercher ");
    ProgrammeGroup programme = AGroup.in(area).named(group).create(api());
    reference = newCase(area);
    place = programme.place(reference, clock.today());
    place.marked(1, "ATTENDED").marked(2, "ABSENT_WITHOUT_REASON");
  }

  /** The day he joined the group, as a page in this language writes it in full. */
  private String intake(String language) {
    return place
        .intakeOn()
        .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language)));
  }

  private String page(PageSession session, String path) {
    return Jsoup.parse(session.get(path).body()).select("main").text();
  }

  @Test
  void theRiskTimelineSaysTheProgrammesEntriesInWelsh() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));

    String timeline = page(worker, "/cases/" + reference + "/risk?lang=cy");

    assertThat(timeline)
        .contains("Rhaglen: yn aros, wedi'i dderbyn i " + group + ", yn dechrau " + intake("cy"))
        .contains("Rhaglen: yn aros → yn mynychu, Dechreuodd y rhaglen")
        .contains("Wedi colli'r sesiwn grŵp heb reswm")
        .doesNotContain(
            "accepted for", "Started the programme", "Missed the group session", "waiting");
  }

  @Test
  void hisJourneyAndHisPlaceSayTheReasonsInWelsh() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));

    assertThat(page(worker, "/cases/" + reference + "?lang=cy"))
        .contains("Rhaglen: wedi'i dderbyn i " + group + ", yn dechrau " + intake("cy"))
        .contains("Rhaglen: Dechreuodd y rhaglen")
        .doesNotContain("accepted for", "Started the programme");
    assertThat(page(worker, "/cases/" + reference + "/programme?lang=cy"))
        .contains("Dechreuodd y rhaglen")
        .doesNotContain("Started the programme");
  }

  @Test
  void whyTheRiskLevelChangedIsSaidInWelshWithTheWorkersWordsAsTyped() {
    String manager = area.token(Role.SERVICE_MANAGER);
    apiPost(
        manager,
        "/api/v1/cases/" + reference + "/marac-referrals",
        "{\"reason\": \"Invented: he spoke of 'finishing it'\"}");
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));

    assertThat(page(worker, "/cases/" + reference + "/risk?lang=cy"))
        .contains("Barn broffesiynol: Invented: he spoke of 'finishing it'")
        .doesNotContain("Professional judgement");

    apiPost(
        manager,
        "/api/v1/cases/" + reference + "/risk-reviews",
        """
        {"heldOn": "%s", "decisions": "Invented: weekly contact", "riskLevel": "MEDIUM",
         "nextReviewOn": "%s"}
        """
            .formatted(clock.today(), clock.today().plusMonths(1)));
    String welsh = page(worker, "/cases/" + reference + "?lang=cy");
    assertThat(welsh).contains("Adolygiad risg ar " + clock.today().getDayOfMonth() + " ");
    assertThat(welsh).doesNotContain("Risk review on");
  }

  @Test
  void inEnglishTheHistoryReadsAsItWasStored() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));

    assertThat(page(worker, "/cases/" + reference + "/risk?lang=en"))
        .contains("Programme: waiting, accepted for " + group + ", starting " + intake("en"))
        .contains("Programme: waiting to attending, Started the programme")
        .contains("Missed the group session without a reason");
    assertThat(page(worker, "/cases/" + reference + "?lang=en"))
        .contains("Programme: accepted for " + group + ", starting " + intake("en"))
        .contains("Programme: Started the programme");
  }
}
