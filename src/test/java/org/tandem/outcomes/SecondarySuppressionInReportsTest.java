package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.assessment.AViabilityDecision;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every published table whose counts add up to a whole the reader knows, built from real cases so
 * that one count is under 5 and another is not, read back as a commissioner gets it (API, page,
 * spreadsheet, PDF), and attacked: the count under 5 must not be the whole minus the rest. Without
 * secondary suppression each of these tables gives its small count away.
 */
class SecondarySuppressionInReportsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  private TestArea own;
  private String area;

  @BeforeEach
  void anAreaOfItsOwn() {
    own = newArea();
    area = own.code();
  }

  private String token(String user) {
    return own.likeDemoUser(user).token();
  }

  /**
   * Nine men referred: three in their thirties, referred by the police, each with a child of 2; six
   * with no date of birth, from children's services, each with a child of 6. The funnel shows 9
   * referred; each breakdown would show 6 beside "<5".
   */
  @Test
  void whoWasReferredGivesNoSmallCountAway() {
    for (int i = 0; i < 3; i++) {
      newFamily(
          AReferral.in(own)
              .from("POLICE")
              .bornOn(clock.today().minusYears(30))
              .withoutChildren()
              .andChild(2, "CHILD_IN_NEED"));
    }
    for (int i = 0; i < 6; i++) {
      newFamily(AReferral.in(own).withChildren(1));
    }
    String quarter = ReportPeriod.quarterOf(clock.today().minusDays(3)).code();
    JsonNode sections = report(quarter);
    assertThat(line(sections, "funnel-table", "Referred")).isEqualTo("9");

    Reads reads = read(quarter);
    attack(sections, reads, "age-table", "Who was referred", "Men's age at referral", 9);
    attack(sections, reads, "source-table", "Who was referred", "Who referred", 9);
    attack(sections, reads, "children-age-table", "Who was referred", "Children's ages", 9);
    assertThat(reads.page()).contains("id=\"secondary-suppression\"");
  }

  /**
   * Twelve men: one referred by the police, one by probation, ten by children's services. Hidden
   * alone, the two would add up to 2 and so both be 1: the ten are hidden with them.
   */
  @Test
  void twoSmallCountsThatWouldAddUpToTwoAreNotGivenAway() {
    newFamily(AReferral.in(own).from("POLICE").withoutChildren());
    newFamily(AReferral.in(own).from("PROBATION").withoutChildren());
    for (int i = 0; i < 10; i++) {
      newFamily(AReferral.in(own).withoutChildren());
    }
    String quarter = ReportPeriod.quarterOf(clock.today().minusDays(3)).code();
    JsonNode sections = report(quarter);
    assertThat(line(sections, "funnel-table", "Referred")).isEqualTo("12");
    assertThat(line(sections, "source-table", "Children's services"))
        .isEqualTo(SecondarySuppression.MARKER);
    attack(sections, read(quarter), "source-table", "Who was referred", "Who referred", 12);
  }

  /** Nine children's ladders: three rose, six stayed the same. */
  @Test
  void theChildrensLadderGivesNoSmallCountAway() {
    LocalDate today = clock.today();
    for (int i = 0; i < 9; i++) {
      ladder(i < 3 ? 7 : 4, today);
    }
    String quarter = ReportPeriod.quarterOf(today).code();
    JsonNode sections = report(quarter);
    assertThat(line(sections, "ladder-table", "Children with a reading before and after"))
        .isEqualTo("9");
    attack(
        sections,
        read(quarter),
        "ladder-table",
        "Evaluations",
        "Children's safety ladder, before and after",
        9,
        "Children with a reading before and after",
        "Average change on the 1 to 10 ladder");
  }

  /**
   * Eight assessed men out of the figure: five whose worker recorded that the service's involvement
   * ended, three marked by an evaluator. The figure says "in 8 cases".
   */
  @Test
  void theCasesExcludedFromRepeatVictimisationGiveNoSmallCountAway() {
    LocalDate today = clock.today();
    for (int i = 0; i < 8; i++) {
      String ref = assessed(today);
      if (i < 5) {
        involvementEnded(ref, today);
      } else {
        markedByAnEvaluator(ref);
      }
    }
    String quarter = ReportPeriod.quarterOf(today).code();
    JsonNode sections = report(quarter);
    int excluded = excludedCases(sections);
    assertThat(excluded).isEqualTo(8);
    attack(
        sections,
        read(quarter),
        "excluded-table",
        "Repeat victimisation",
        "Cases excluded, by reason",
        excluded);
  }

  /**
   * The published Barking and Dagenham table has five cases not known (N/K); an evaluator marks
   * three more. The cohort's figures say "in 8 cases" and would show 5 beside "<5".
   */
  @Test
  void aHistoricalCohortsExcludedCasesGiveNoSmallCountAway() {
    long cohort = importTable();
    for (String code : new String[] {"B&D2", "B&D3", "B&D4"}) {
      markedByAnEvaluator(code);
    }
    JsonNode view =
        json(
            apiGet(
                token("commissioner"), "/api/v1/areas/" + area + "/historical-cohorts/" + cohort));
    // The cohort has one section of figures: read it as a list of one, as the report is read.
    JsonNode asArray = JSON.createArrayNode().add(view.get("figures"));
    int excluded = excludedCases(asArray);
    assertThat(excluded).isEqualTo(8);
    PublishedBreakdown.fromJson(asArray, "excluded-table").givesNoSmallCountAway(excluded);
    String page =
        signedIn(own.likeDemoUser("commissioner"))
            .get("/outcomes/areas/" + area + "/historical-cohorts/" + cohort)
            .body();
    PublishedBreakdown.fromPage(page, "excluded-table").givesNoSmallCountAway(excluded);
    assertThat(page).contains(SecondarySuppression.MARKER);
  }

  // --- reading the report as a commissioner does ---

  record Reads(String page, String pdf, byte[] xlsx) {}

  private Reads read(String quarter) {
    String query = "?area=" + area + "&quarter=" + quarter;
    PageSession commissioner = signedIn(own.likeDemoUser("commissioner"));
    String page = commissioner.get("/outcomes/area-report" + query).body();
    HttpResponse<byte[]> pdf =
        apiGetBytes(token("commissioner"), "/api/v1/outcomes/area-report/pdf" + query);
    assertThat(pdf.statusCode()).isEqualTo(200);
    HttpResponse<byte[]> xlsx =
        apiGetBytes(token("commissioner"), "/api/v1/outcomes/area-report/xlsx" + query);
    assertThat(xlsx.statusCode()).isEqualTo(200);
    return new Reads(page, RiskReportFixture.pdfText(pdf.body()), xlsx.body());
  }

  /**
   * The attack on one table wherever the report goes: API, page, spreadsheet and PDF; {@code
   * notParts} names its lines that are not parts of the whole (the whole itself, an average).
   */
  private static void attack(
      JsonNode sections,
      Reads reads,
      String id,
      String sheet,
      String caption,
      int whole,
      String... notParts) {
    List<String> others = List.of(notParts);
    PublishedBreakdown api = PublishedBreakdown.fromJson(sections, id);
    api.without(others).givesNoSmallCountAway(whole);
    PublishedBreakdown.fromPage(reads.page(), id).without(others).givesNoSmallCountAway(whole);
    PublishedBreakdown.fromSheet(reads.xlsx(), sheet, caption)
        .without(others)
        .givesNoSmallCountAway(whole);
    api.inPdf(reads.pdf(), caption).without(others).givesNoSmallCountAway(whole);
  }

  private JsonNode report(String quarter) {
    return json(apiGet(
            token("commissioner"),
            "/api/v1/outcomes/area-report?area=" + area + "&quarter=" + quarter))
        .get("sections");
  }

  /** The cases out of the figure, as the figure says: "in 8 cases". */
  private static int excludedCases(JsonNode sections) {
    for (JsonNode section : sections) {
      for (JsonNode table : section.get("tables")) {
        for (JsonNode line : table.get("lines")) {
          if (line.get("label")
              .asString()
              .equals("Incidents in cases the service is no longer involved with")) {
            Matcher in = Pattern.compile("in (\\d+) cases").matcher(line.get("share").asString());
            assertThat(in.matches()).as(line.toString()).isTrue();
            return Integer.parseInt(in.group(1));
          }
        }
      }
    }
    throw new AssertionError("No excluded cases in " + sections);
  }

  private static String line(JsonNode sections, String tableId, String label) {
    return PublishedBreakdown.fromJson(sections, tableId).lines().stream()
        .filter(l -> l.label().equals(label))
        .findFirst()
        .orElseThrow()
        .value();
  }

  // --- the cases, made through the API ---

  /** A child whose ladder went from 4 before to this rating after, today. */
  private void ladder(int after, LocalDate today) {
    String worker = own.token(Role.CHILDRENS_WORKER);
    String reference = newCase(own, AReferral.in(own).withChildren(1));
    long child =
        json(apiGet(worker, "/api/v1/cases/" + reference + "/children"))
            .get("children")
            .get(0)
            .get("id")
            .asLong();
    String ladder = "/api/v1/cases/" + reference + "/children/" + child + "/safety-ladder";
    for (String[] reading :
        new String[][] {
          {"BEFORE", today.minusDays(1).toString(), "4"},
          {"AFTER", today.toString(), Integer.toString(after)}
        }) {
      HttpResponse<String> r =
          apiPost(
              worker,
              ladder,
              "{\"stage\": \"%s\", \"takenOn\": \"%s\", \"rating\": %s}"
                  .formatted((Object[]) reading));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }

  /** A man with four police incidents before his assessment, decided two days ago. */
  private String assessed(LocalDate today) {
    Family family = newFamily(AReferral.in(own));
    String ref = family.reference();
    HttpResponse<String> history =
        apiPut(
            token("manager"),
            "/api/v1/cases/" + ref + "/assessment/history",
            """
            {"policeEvidence": "COUNT", "policeIncidents": 4, "disclosedViolence": "FIVE_TO_TEN",
             "denial": 3, "minimisation": 3, "blame": 3, "hostility": 2, "empathy": 2, "motivation": 4, "version": 0}
            """);
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    AViabilityDecision.of(family, "GROUP_PROGRAMME").on(today.minusDays(2));
    return ref;
  }

  private void involvementEnded(String ref, LocalDate today) {
    int version = json(apiGet(token("manager"), "/api/v1/cases/" + ref)).get("version").asInt();
    HttpResponse<String> ended =
        apiPost(
            token("manager"),
            "/api/v1/cases/" + ref + "/involvement-ended",
            "{\"endedOn\": \"%s\", \"reason\": \"Invented: moved away\", \"version\": %d}"
                .formatted(today, version));
    assertThat(ended.statusCode()).as(ended.body()).isEqualTo(204);
  }

  private void markedByAnEvaluator(String caseCode) {
    HttpResponse<String> marked =
        apiPost(
            token("manager"),
            "/api/v1/outcomes/repeat-victimisation/exclusions",
            "{\"area\": \"%s\", \"caseCode\": \"%s\", \"reason\": \"Invented: no sessions\"}"
                .formatted(area, caseCode));
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(201);
  }

  private long importTable() {
    HttpResponse<String> imported =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        baseUrl()
                            + "/api/v1/imports/historical-outcomes?area="
                            + area
                            + "&source=Invented%20test%20cohort&from=2007-01&to=2008-06"))
                .header("Authorization", "Bearer " + token("manager"))
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(HistoricalImportApiTest.publishedCsv()))
                .build());
    return json(imported).get("importId").asLong();
  }

  private static JsonNode json(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    return JSON.readTree(r.body());
  }
}
