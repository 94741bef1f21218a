package org.tandem.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.TestData.marker;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.assessment.AViabilityDecision;
import org.tandem.referral.AReferral;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The anonymised national dataset. One case is filled in through the API, every free-text and
 * identity field of it (his, the referrer's, hers behind the wall, the children's) holding a
 * planted marker; the export must hold none of them, no case reference and no date of birth, and
 * its row must carry the codes the case's record implies. Then: pseudonyms are stable and are not
 * references, the files match the documented schema, the audit trail records the export, and
 * everyone but a service manager, and a manager outside their areas, is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDatasetTest extends TandemTest {

  /** This test's own area; and another, whose cases its workers must not reach. */
  private TestArea area;

  private TestArea otherArea;

  private static final JsonMapper JSON = new JsonMapper();
  private String manager;
  private String intake;
  private String perpetrator;
  private String partnerSupport;
  private String childrens;
  private static final Pattern ANY_REFERENCE = Pattern.compile("\\b[A-Z]{2,8}-\\d{4,}\\b");

  private final Map<String, String> markers = new LinkedHashMap<>();
  private final List<String> phones = new ArrayList<>();
  private final Random random = new Random();
  private LocalDate today;
  private LocalDate referredOn;
  private LocalDate dateOfBirth;
  private String reference;
  private long caseId;

  /** Made once for the class, whose tests share what {@code @BeforeAll} sets up. */
  private void areasOfItsOwn() {
    area = newArea();
    otherArea = newArea();
    // As the demo manager covers both demo areas, this area's manager covers the other too.
    area.alsoManage(otherArea);
    manager = area.token(Role.SERVICE_MANAGER);
    intake = area.token(Role.INTAKE);
    perpetrator = area.token(Role.PERPETRATOR_WORKER);
    partnerSupport = area.token(Role.PARTNER_SUPPORT_WORKER);
    childrens = area.token(Role.CHILDRENS_WORKER);
  }

  @BeforeAll
  void aCaseWithAMarkerInEveryTextAndIdentityField() {
    areasOfItsOwn();
    today = clock.today();
    referredOn = today.minusDays(40);
    dateOfBirth = referredOn.minusYears(30).minusDays(11);
    refer();
    triage();
    assess();
    recordRisk();
    giveAPlaceAndASession();
    fillInHerRecord();
    workWithTheChildren();
    // No API records the end of involvement yet; the columns are written as a worker's page would.
    jdbc.sql(
            "UPDATE referral SET involvement_ended_on = :on, involvement_ended_reason = :why,"
                + " involvement_ended_by = :manager WHERE id = :id")
        .param("manager", area.user(Role.SERVICE_MANAGER).username())
        .param("on", today)
        .param("why", mark("involvement_ended_reason"))
        .param("id", caseId)
        .update();
  }

  // --- what the file holds ---

  @Test
  void neitherFileHoldsAMarkerAReferenceOrADateOfBirth() {
    for (String file :
        List.of(csv(manager, area.code()).body(), json(manager, area.code()).body())) {
      assertThat(file).contains(pseudonym());
      markers.forEach((field, m) -> assertThat(file).as(field).doesNotContain(m));
      phones.forEach(p -> assertThat(file).as("a phone number").doesNotContain(p));
      assertThat(file).doesNotContain(reference);
      assertThat(ANY_REFERENCE.matcher(file).find()).as("any case reference").isFalse();
      assertThat(file)
          .doesNotContain(dateOfBirth.toString())
          .doesNotContain(dateOfBirth.getDayOfMonth() + "/" + dateOfBirth.getMonthValue() + "/");
    }
  }

  @Test
  void theCasesRowCarriesTheCodesItsRecordImplies() {
    Map<String, String> row = csvRow(csv(manager, area.code()).body(), pseudonym());
    String risk =
        jdbc.sql("SELECT risk_level FROM referral WHERE id = :id")
            .param("id", caseId)
            .query(String.class)
            .single();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("pseudonym", pseudonym());
    expected.put("area_code", area.code());
    expected.put("referral_quarter", ReportPeriod.quarterOf(referredOn).code());
    expected.put("referral_source", "OTHER");
    expected.put("age_band", "25_34");
    expected.put("interpreter_needed", "Y");
    expected.put("children", "2");
    expected.put("children_cp_plan_at_referral", "1");
    expected.put("children_cp_plan_now", "2");
    expected.put("triage_outcome", "APPROPRIATE_FOR_ASSESSMENT");
    expected.put("case_status", "IN_PROGRAMME");
    expected.put("days_to_first_appointment", "12");
    expected.put("viability", "GROUP_PROGRAMME");
    expected.put("police_evidence", "AT_LEAST");
    expected.put("police_incidents", "4");
    expected.put("disclosed_violence", "FIVE_TO_TEN");
    expected.put("risk_level", risk);
    expected.put("marac_referral_made", "Y");
    expected.put("programme_entered", "Y");
    expected.put("sessions_attended", "1");
    expected.put("hours_attended", "1.875");
    expected.put("completed_stage_one", "N");
    expected.put("completed_sixty_hours", "N");
    expected.put("enrolment_outcome", "ATTENDING");
    expected.put("police_call_outs_after_assessment", "1");
    expected.put("involvement_ended", "Y");
    expected.put("partners_recorded", "1");
    expected.put("partner_reached", "Y");
    expected.put("partner_engaged", "Y");
    expected.put("proactive_attempts", "2");
    expected.put("womens_group_member", "Y");
    assertThat(row).containsExactlyEntriesOf(expected);

    JsonNode jsonRow = jsonRow(json(manager, area.code()).body(), pseudonym());
    assertThat(jsonRow.get("interpreter_needed").isBoolean()).isTrue();
    assertThat(jsonRow.get("interpreter_needed").asBoolean()).isTrue();
    assertThat(jsonRow.get("children").isInt()).isTrue();
    assertThat(jsonRow.get("hours_attended").asDouble()).isEqualTo(1.875);
    assertThat(jsonRow.get("police_incidents").asInt()).isEqualTo(4);
    assertThat(jsonRow.get("age_band").asString()).isEqualTo("25_34");
  }

  @Test
  void aCaseWithLittleRecordedYetHasItsNotYetCodesAndEmptyValues() {
    HttpResponse<String> created =
        apiPost(
            intake,
            "/api/v1/referrals",
            """
            {"areaId": %d, "referralSource": "POLICE", "referrerName": "Invented Officer",
             "referrerPhone": "07700 900111", "reason": "Invented", "referredOn": "%s",
             "manGivenName": "Invented", "manFamilyName": "Person", "sharingBasis": "CONSENT"}
            """
                .formatted(area.id(), today));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String bare = JSON.readTree(created.body()).get("reference").asString();

    Map<String, String> row = csvRow(csv(manager, area.code()).body(), pseudonymOf(bare));

    assertThat(row)
        .containsEntry("age_band", "UNKNOWN")
        .containsEntry("children", "0")
        .containsEntry("triage_outcome", "NOT_TRIAGED")
        .containsEntry("case_status", "AWAITING_TRIAGE")
        .containsEntry("days_to_first_appointment", "")
        .containsEntry("viability", "NOT_DECIDED")
        .containsEntry("police_evidence", "NOT_RECORDED")
        .containsEntry("police_incidents", "")
        .containsEntry("disclosed_violence", "NOT_RECORDED")
        .containsEntry("programme_entered", "N")
        .containsEntry("hours_attended", "0")
        .containsEntry("enrolment_outcome", "NONE")
        .containsEntry("police_call_outs_after_assessment", "")
        .containsEntry("partners_recorded", "0")
        .containsEntry("partner_reached", "N")
        .containsEntry("womens_group_member", "N");
    JsonNode jsonRow = jsonRow(json(manager, area.code()).body(), pseudonymOf(bare));
    assertThat(jsonRow.has("days_to_first_appointment")).as("null kept, not left out").isTrue();
    assertThat(jsonRow.get("days_to_first_appointment").isNull()).isTrue();
  }

  @Test
  void pseudonymsAreStableAcrossExportsAndAreNeverReferences() {
    List<String> first = column(csv(manager, null).body(), "pseudonym");
    List<String> second = column(csv(manager, null).body(), "pseudonym");
    List<String> fromJson = new ArrayList<>();
    JSON.readTree(json(manager, null).body())
        .get("rows")
        .forEach(r -> fromJson.add(r.get("pseudonym").asString()));

    assertThat(first).isNotEmpty().contains(pseudonym()).containsExactlyElementsOf(second);
    assertThat(fromJson).containsExactlyInAnyOrderElementsOf(first);
    assertThat(Set.copyOf(first)).as("one row per case").hasSameSizeAs(first);
    Set<String> references =
        Set.copyOf(jdbc.sql("SELECT reference FROM referral").query(String.class).list());
    for (String p : first) {
      assertThat(Pseudonyms.looksLikeOne(p)).as(p).isTrue();
      assertThat(references).doesNotContain(p);
      assertThat(references).noneMatch(p::contains);
    }
  }

  @Test
  void everyCaseReferredInThePeriodInTheManagersAreasIsOneRowAndNoOtherIs() {
    LocalDate from = referredOn.minusDays(100);
    List<String> expected =
        jdbc.sql(
                """
                SELECT r.reference FROM referral r
                JOIN team_area ta ON ta.area_id = r.area_id
                JOIN app_user u ON u.team_id = ta.team_id AND u.username = :manager
                WHERE r.referred_on BETWEEN :from AND :to
                """)
            .param("manager", area.user(Role.SERVICE_MANAGER).username())
            .param("from", from)
            .param("to", referredOn)
            .query(String.class)
            .list();
    HttpResponse<String> both =
        apiGet(
            manager,
            "/api/v1/outcomes/national-dataset?from=" + from + "&to=" + referredOn + "&format=csv");
    assertThat(column(both.body(), "pseudonym"))
        .containsExactlyInAnyOrderElementsOf(expected.stream().map(this::pseudonymOf).toList());
    // Every code exported is one the manager's team covers.
    List<String> covered =
        jdbc.sql(
                """
                SELECT a.code FROM area a JOIN team_area ta ON ta.area_id = a.id
                JOIN app_user u ON u.team_id = ta.team_id AND u.username = :manager
                """)
            .param("manager", area.user(Role.SERVICE_MANAGER).username())
            .query(String.class)
            .list();
    assertThat(Set.copyOf(column(both.body(), "area_code"))).isSubsetOf(covered);

    HttpResponse<String> dayBefore =
        apiGet(
            manager,
            "/api/v1/outcomes/national-dataset?area="
                + area.code()
                + "&from="
                + from
                + "&to="
                + referredOn.minusDays(1)
                + "&format=csv");
    assertThat(column(dayBefore.body(), "pseudonym")).doesNotContain(pseudonym());
  }

  @Test
  void rowsComeInOrderOfAreaQuarterAndPseudonymSoTheirPlaceSaysNothingMore() {
    TestArea first = newArea();
    TestArea second = newArea();
    first.alsoManage(second);
    List<String> references = new ArrayList<>();
    for (TestArea a : List.of(second, first)) {
      for (String day : List.of("2026-09-28", "2026-10-02", "2026-09-30", "2026-10-05")) {
        references.add(newCase(a, AReferral.in(a).referredOn(day)));
      }
    }
    String csv =
        send(HttpRequest.newBuilder(
                    URI.create(
                        baseUrl()
                            + "/api/v1/outcomes/national-dataset?format=csv"
                            + "&from=2026-09-01&to=2026-10-31"))
                .header("Authorization", "Bearer " + first.token(Role.SERVICE_MANAGER))
                .GET()
                .build())
            .body();
    List<String> ours =
        records(csv).stream()
            .filter(r -> Set.of(first.code(), second.code()).contains(r.get("area_code")))
            .map(
                r ->
                    r.get("area_code") + " " + r.get("referral_quarter") + " " + r.get("pseudonym"))
            .toList();
    assertThat(ours).hasSize(references.size()).isSorted();
    assertThat(ours)
        .extracting(line -> line.substring(line.lastIndexOf(' ') + 1))
        .containsExactlyInAnyOrderElementsOf(references.stream().map(this::pseudonymOf).toList());
  }

  // --- the documented schema ---

  @Test
  void theCsvHeaderIsExactlyTheColumnsDocumented() throws IOException {
    List<String> documented = documentedColumns();
    assertThat(documented).hasSize(31).startsWith("pseudonym", "area_code");

    String csv = csv(manager, area.code()).body();
    assertThat(csv.lines().findFirst().orElseThrow().split(",", -1))
        .containsExactlyElementsOf(documented);
  }

  @Test
  void theJsonIsTheDocumentedObjectAndEveryRowFitsTheSchema() throws IOException {
    JsonNode schema = JSON.readTree(Files.readString(Path.of("docs/national-dataset.schema.json")));
    JsonNode rowSchema = schema.get("$defs").get("row");
    List<String> properties = new ArrayList<>(rowSchema.get("properties").propertyNames());
    assertThat(properties).containsExactlyElementsOf(documentedColumns());
    List<String> required = new ArrayList<>();
    rowSchema.get("required").forEach(r -> required.add(r.asString()));
    assertThat(required).containsExactlyElementsOf(properties);

    JsonNode export = JSON.readTree(json(manager, null).body());
    List<String> top = new ArrayList<>(export.propertyNames());
    assertThat(top).containsExactlyInAnyOrderElementsOf(schema.get("properties").propertyNames());
    assertThat(export.get("schemaVersion").asString())
        .isEqualTo(schema.get("properties").get("schemaVersion").get("const").asString());
    assertThat(export.get("generatedOn").asString()).isEqualTo(today.toString());
    assertThat(export.get("rows").size()).isPositive();
    for (JsonNode row : export.get("rows")) {
      assertThat(new ArrayList<>(row.propertyNames())).containsExactlyElementsOf(properties);
      for (String name : properties) {
        assertFits(name, row.get(name), rowSchema.get("properties").get(name));
      }
    }
  }

  /** Enough of JSON Schema for the dataset's rows: type, enum, pattern, minimum, maximum. */
  private static void assertFits(String name, JsonNode value, JsonNode schema) {
    List<String> types = new ArrayList<>();
    if (schema.get("type").isArray()) {
      schema.get("type").forEach(t -> types.add(t.asString()));
    } else {
      types.add(schema.get("type").asString());
    }
    String actual =
        value.isNull()
            ? "null"
            : value.isBoolean()
                ? "boolean"
                : value.isIntegralNumber()
                    ? "integer"
                    : value.isNumber() ? "number" : value.isString() ? "string" : "other";
    assertThat(types.contains(actual) || (actual.equals("integer") && types.contains("number")))
        .as("%s is %s, the schema says %s", name, actual, types)
        .isTrue();
    if (schema.has("enum")) {
      List<String> allowed = new ArrayList<>();
      schema.get("enum").forEach(e -> allowed.add(e.asString()));
      assertThat(allowed).as(name).contains(value.asString());
    }
    if (schema.has("pattern")) {
      assertThat(value.asString()).as(name).matches(schema.get("pattern").asString());
    }
    if (schema.has("minimum") && !value.isNull()) {
      assertThat(value.asDouble())
          .as(name)
          .isGreaterThanOrEqualTo(schema.get("minimum").asDouble());
    }
    if (schema.has("maximum") && !value.isNull()) {
      assertThat(value.asDouble()).as(name).isLessThanOrEqualTo(schema.get("maximum").asDouble());
    }
  }

  /** The column names in the table under "## Columns" in docs/national-dataset.md, in order. */
  static List<String> documentedColumns() throws IOException {
    String doc = Files.readString(Path.of("docs/national-dataset.md"));
    String section = doc.substring(doc.indexOf("## Columns"));
    int next = section.indexOf("\n## ", 3);
    if (next > 0) {
      section = section.substring(0, next);
    }
    Matcher m = Pattern.compile("(?m)^\\| `([a-z_]+)` \\|").matcher(section);
    List<String> names = new ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void theCodesOfferedByTheSchemaAreTheOnesTandemRecords() throws IOException {
    JsonNode properties =
        JSON.readTree(Files.readString(Path.of("docs/national-dataset.schema.json")))
            .get("$defs")
            .get("row")
            .get("properties");
    assertEnum(properties, "referral_source", org.tandem.referral.ReferralSource.values());
    assertEnum(properties, "case_status", org.tandem.referral.CaseStatus.values());
    assertEnum(
        properties, "triage_outcome", org.tandem.referral.TriageOutcome.values(), "NOT_TRIAGED");
    assertEnum(properties, "risk_level", org.tandem.referral.RiskLevel.values());
    assertEnum(properties, "viability", org.tandem.assessment.Viability.values(), "NOT_DECIDED");
    assertEnum(
        properties,
        "police_evidence",
        org.tandem.assessment.PoliceEvidence.values(),
        "NOT_RECORDED");
    assertEnum(
        properties,
        "disclosed_violence",
        org.tandem.assessment.DisclosedViolence.values(),
        "NOT_RECORDED");
    assertEnum(
        properties, "enrolment_outcome", org.tandem.programme.EnrolmentStatus.values(), "NONE");
  }

  private static void assertEnum(
      JsonNode properties, String column, Enum<?>[] values, String... extra) {
    List<String> allowed = new ArrayList<>();
    properties.get(column).get("enum").forEach(e -> allowed.add(e.asString()));
    List<String> expected = new ArrayList<>();
    for (Enum<?> v : values) {
      expected.add(v.name());
    }
    expected.addAll(List.of(extra));
    assertThat(allowed).as(column).containsExactlyInAnyOrderElementsOf(expected);
  }

  // --- formats and files ---

  @Test
  void csvOrJsonByAcceptOrFormatAsAnAttachment() {
    HttpResponse<String> byAccept = csv(manager, area.code());
    assertThat(byAccept.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(byAccept.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .startsWith("attachment")
                    .contains(
                        "national-dataset-"
                            + area.code()
                            + "-"
                            + referredOn
                            + "-to-"
                            + today
                            + ".csv"));

    HttpResponse<String> jsonByAccept =
        get(
            manager,
            "/api/v1/outcomes/national-dataset?area="
                + area.code()
                + "&from="
                + referredOn
                + "&to="
                + today,
            "application/json");
    assertThat(jsonByAccept.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(jsonByAccept.body()).startsWith("{\"schemaVersion\":");

    HttpResponse<String> formatWins =
        get(
            manager,
            "/api/v1/outcomes/national-dataset?area="
                + area.code()
                + "&format=csv&from="
                + referredOn
                + "&to="
                + today,
            "application/json");
    assertThat(formatWins.body()).startsWith("pseudonym,area_code,");
    assertThat(formatWins.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void everyCaseExportedIsAnAuditedReadOfItByTheManager() {
    long before = exportAudits();
    csv(manager, area.code());
    assertThat(exportAudits()).isEqualTo(before + 1);
    Map<String, Object> last =
        jdbc.sql(
                """
                SELECT username, action, channel FROM audit_event
                WHERE referral_id = :id AND what = 'national dataset export'
                ORDER BY id DESC LIMIT 1
                """)
            .param("id", caseId)
            .query()
            .singleRow();
    assertThat(last)
        .containsEntry("username", area.user(Role.SERVICE_MANAGER).username())
        .containsEntry("action", "LIST");
    assertThat(last).containsEntry("channel", "API");
  }

  private long exportAudits() {
    return jdbc.sql(
            "SELECT count(*) FROM audit_event WHERE referral_id = :id AND what = 'national dataset export'")
        .param("id", caseId)
        .query(Long.class)
        .single();
  }

  // --- who may ---

  @Test
  void everyoneButAServiceManagerIsRefusedTheApiAndThePage() {
    long before = exportAudits();
    for (TestArea.User user :
        List.of(
            area.user(Role.COMMISSIONER),
            area.user(Role.INTAKE),
            area.user(Role.PERPETRATOR_WORKER),
            area.user(Role.PARTNER_SUPPORT_WORKER),
            area.user(Role.CHILDRENS_WORKER),
            area.user(Role.SYSTEM_ADMINISTRATOR),
            otherArea.user(Role.PERPETRATOR_WORKER))) {
      HttpResponse<String> api = csv(user.token(), area.code());
      assertThat(api.statusCode()).as(user.username()).isEqualTo(403);
      assertThat(api.headers().firstValue("Content-Type"))
          .as(user.username())
          .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
      assertThat(api.body()).doesNotContain(pseudonym());

      PageSession session = signedIn(user);
      assertThat(session.get("/outcomes/national-dataset").statusCode())
          .as(user.username())
          .isEqualTo(403);
      HttpResponse<String> download =
          session.get(
              "/outcomes/national-dataset?area="
                  + area.code()
                  + "&from.day=1&from.month=1&from.year=2020"
                  + "&to.day=1&to.month=1&to.year=2100&format=csv");
      assertThat(download.statusCode()).as(user.username()).isEqualTo(403);
      assertThat(download.body()).doesNotContain(pseudonym());
    }
    assertThat(exportAudits()).isEqualTo(before);
  }

  @Test
  void aManagerGetsNothingFromAnAreaTheyDoNotCover() {
    String code = "ZQ" + letters(5);
    jdbc.sql("INSERT INTO area (code, name) VALUES (:c, 'Invented uncovered area')")
        .param("c", code)
        .update();

    for (String area : List.of(code, "NOSUCH")) {
      HttpResponse<String> refused = csv(manager, area);
      assertThat(refused.statusCode()).as(area).isEqualTo(404);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
      assertThat(JSON.readTree(refused.body()).get("status").asInt()).isEqualTo(404);
    }

    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    HttpResponse<String> page =
        manager.get(
            "/outcomes/national-dataset?area="
                + code
                + "&from.day=1&from.month=1&from.year=2020&to.day=1&to.month=1&to.year=2100&format=csv");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("govuk-error-summary").contains("Select one of your areas");
    assertThat(page.body()).doesNotContain(pseudonym());
  }

  // --- bad parameters ---

  @Test
  void badParametersAreA400NamingEachOne() {
    HttpResponse<String> none =
        get(manager, "/api/v1/outcomes/national-dataset", "application/json");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(errorFields(none)).containsExactly("from", "to");

    HttpResponse<String> unreal =
        get(
            manager,
            "/api/v1/outcomes/national-dataset?from=2026-02-30&to=tomorrow&format=xml",
            "text/csv");
    assertThat(unreal.statusCode()).isEqualTo(400);
    assertThat(unreal.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(errorFields(unreal)).containsExactly("from", "to", "format");
    assertThat(unreal.body()).doesNotContain("tomorrow").doesNotContain("xml");

    HttpResponse<String> backwards =
        get(
            manager,
            "/api/v1/outcomes/national-dataset?from=" + today + "&to=" + today.minusDays(1),
            "application/json");
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(errorFields(backwards)).containsExactly("to");
  }

  @Test
  void thePageKeepsWhatWasTypedBesideAMistakeAndOtherwiseDownloadsTheFile() {
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    HttpResponse<String> blank = manager.get("/outcomes/national-dataset");
    assertThat(blank.statusCode()).isEqualTo(200);
    assertThat(blank.body()).contains("Download CSV").contains("Download JSON");

    HttpResponse<String> mistake =
        manager.get(
            "/outcomes/national-dataset?area="
                + area.code()
                + "&from.day=31&from.month=2&from.year=2026"
                + "&to.day=&to.month=&to.year=&format=csv");
    assertThat(mistake.statusCode()).isEqualTo(200);
    assertThat(mistake.body())
        .contains("govuk-error-summary")
        .contains("The first referral date must be a real date")
        .contains("Enter the last referral date")
        .contains("id=\"from-error\"")
        .contains("value=\"31\"");

    HttpResponse<byte[]> file =
        manager.getBytes(
            "/outcomes/national-dataset?area="
                + area.code()
                + "&from.day="
                + referredOn.getDayOfMonth()
                + "&from.month="
                + referredOn.getMonthValue()
                + "&from.year="
                + referredOn.getYear()
                + "&to.day="
                + today.getDayOfMonth()
                + "&to.month="
                + today.getMonthValue()
                + "&to.year="
                + today.getYear()
                + "&format=json");
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains(".json"));
    String body = new String(file.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(body).contains(pseudonym());
    markers.values().forEach(m -> assertThat(body).doesNotContain(m));
  }

  // --- building the case ---

  private String mark(String field) {
    String letters = field.replaceAll("[^a-z]", "");
    String m = marker(letters.substring(0, Math.min(6, letters.length())));
    markers.put(field, m);
    return m;
  }

  private String phone() {
    String p = "07700 9" + String.format("%05d", random.nextInt(100_000));
    phones.add(p);
    return p;
  }

  private void refer() {
    String body =
        """
        {"areaId": %d, "referralSource": "OTHER", "referralSourceOther": "%s",
         "referrerName": "%s", "referrerOrganisation": "%s", "referrerPhone": "%s",
         "referrerEmail": "%s@example.org", "reason": "%s", "referredOn": "%s",
         "manGivenName": "%s", "manFamilyName": "%s", "manDateOfBirth": "%s", "manPhone": "%s",
         "manAddress": "%s", "manLanguage": "%s", "manInterpreterNeeded": true,
         "partners": [{"relationship": "CURRENT", "givenName": "%s", "familyName": "%s",
                       "phone": "%s", "email": "%s@example.org", "address": "%s",
                       "safeContactTimes": "%s"}],
         "children": [{"givenName": "%s", "ageYears": 6, "protectionStatus": "CHILD_PROTECTION_PLAN"},
                      {"ageYears": 2, "protectionStatus": "CHILD_IN_NEED"}],
         "sharingBasis": "OTHER_LEGAL_BASIS", "sharingBasisDetail": "%s"}
        """
            .formatted(
                area.id(),
                mark("referral_source_other"),
                mark("referrer_name"),
                mark("referrer_organisation"),
                phone(),
                mark("referrer_email"),
                mark("reason"),
                referredOn,
                mark("man_given_name"),
                mark("man_family_name"),
                dateOfBirth,
                phone(),
                mark("man_address"),
                mark("man_language"),
                mark("partner_given_name"),
                mark("partner_family_name"),
                phone(),
                mark("partner_email"),
                mark("partner_address"),
                mark("partner_safe_contact_times"),
                mark("child_given_name"),
                mark("sharing_basis_detail"));
    HttpResponse<String> created = apiPost(intake, "/api/v1/referrals", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    reference = JSON.readTree(created.body()).get("reference").asString();
    caseId =
        jdbc.sql("SELECT id FROM referral WHERE reference = :r")
            .param("r", reference)
            .query(Long.class)
            .single();
  }

  private void triage() {
    int version =
        JSON.readTree(apiGet(intake, "/api/v1/cases/" + reference).body()).get("version").asInt();
    expectOk(
        apiPost(
            intake,
            "/api/v1/cases/" + reference + "/triage",
            """
            {"outcome": "APPROPRIATE_FOR_ASSESSMENT", "notes": "%s", "firstAppointmentOn": "%s",
             "version": %d}
            """
                .formatted(mark("triage_notes"), referredOn.plusDays(12), version)));
  }

  private void assess() {
    String base = "/api/v1/cases/" + reference + "/assessment";
    expectOk(
        apiPost(
            perpetrator,
            base + "/sessions",
            "{\"heldOn\": \"%s\", \"durationMinutes\": 120, \"withInterpreter\": true}"
                .formatted(referredOn.plusDays(12))));
    expectOk(
        apiPut(
            perpetrator,
            base + "/history",
            """
            {"policeEvidence": "AT_LEAST", "policeIncidents": 4, "disclosedViolence": "FIVE_TO_TEN",
             "otherViolence": "%s", "alcoholAndDrugs": "%s", "childrenExposure": "%s",
             "staticRiskMarkers": "%s", "denial": 3, "minimisation": 3, "blame": 4,
             "hostility": 2, "empathy": 2, "motivation": 4, "version": 0}
            """
                .formatted(
                    mark("other_violence"),
                    mark("alcohol_and_drugs"),
                    mark("children_exposure"),
                    mark("static_risk_markers"))));
    String answers =
        IntStream.rangeClosed(1, 24)
            .mapToObj(n -> "\"%d\": \"%s\"".formatted(n, n <= 3 ? "YES" : "NO"))
            .collect(Collectors.joining(", "));
    expectOk(
        apiPut(
            perpetrator,
            base + "/dash",
            "{\"answers\": {%s}, \"judgement\": \"%s\", \"version\": 1}"
                .formatted(answers, mark("dash_judgement"))));
    // The decision was made two weeks after the referral, so that call-outs fall either side.
    AViabilityDecision.of(api(), area, reference, "GROUP_PROGRAMME")
        .notes(mark("viability_notes"))
        .at(LocalTime.NOON)
        .on(referredOn.plusDays(14));
  }

  private void recordRisk() {
    String base = "/api/v1/cases/" + reference;
    for (LocalDate on : List.of(referredOn.plusDays(5), referredOn.plusDays(20))) {
      expectOk(
          apiPost(
              perpetrator,
              base + "/risk-events",
              """
              {"kind": "POLICE_CALL_OUT", "occurredOn": "%s", "summary": "%s", "source": "%s",
               "raisesAlert": false}
              """
                  .formatted(
                      on, mark("risk_event_summary_" + on), mark("risk_event_source_" + on))));
    }
    JsonNode marac =
        JSON.readTree(
            expectOk(
                    apiPost(
                        manager,
                        base + "/marac-referrals",
                        "{\"reason\": \"%s\"}".formatted(mark("marac_reason"))))
                .body());
    expectOk(
        apiPost(
            manager,
            base + "/marac-referrals/" + marac.get("id").asLong() + "/made",
            "{\"referredOn\": \"%s\", \"version\": %d}"
                .formatted(today, marac.get("version").asInt())));
    expectOk(
        apiPost(
            manager,
            base + "/risk-reviews",
            """
            {"heldOn": "%s", "attendees": "%s", "decisions": "%s", "riskLevel": "MEDIUM",
             "nextReviewOn": "%s"}
            """
                .formatted(
                    today,
                    mark("review_attendees"),
                    mark("review_decisions"),
                    today.plusDays(28))));
  }

  private void giveAPlaceAndASession() {
    JsonNode group =
        JSON.readTree(
            expectOk(
                    apiPost(
                        manager,
                        "/api/v1/groups",
                        """
                        {"areaId": %d, "name": "%s", "individual": false, "capacity": 12,
                         "intakeEveryWeeks": 6, "firstSessionOn": "%s", "startsAt": "18:30",
                         "venue": "Invented Community Hall", "facilitators": "Invented Al",
                         "absenceLimit": 3}
                        """
                            .formatted(area.id(), marker("Dataset group "), today)))
                .body());
    long groupId = group.get("id").asLong();
    long place =
        JSON.readTree(
                expectOk(
                        apiPost(
                            perpetrator,
                            "/api/v1/cases/" + reference + "/programme",
                            "{\"groupId\": %d, \"withInterpreter\": true}".formatted(groupId)))
                    .body())
            .get("enrolmentId")
            .asLong();
    long first =
        JSON.readTree(apiGet(perpetrator, "/api/v1/groups/" + groupId + "/sessions/sheet").body())
            .get("nextSession")
            .get("id")
            .asLong();
    expectOk(
        apiPost(
            perpetrator,
            "/api/v1/groups/" + groupId + "/sessions",
            """
            {"heldOn": "%s", "curriculumSessionId": %d, "facilitators": "Invented facilitators",
             "marks": [{"enrolmentId": %d, "mark": "ATTENDED", "disclosed": true,
                        "disclosureDetail": "%s", "blame": 2, "minimisation": 3, "denial": 1,
                        "notes": "%s"}]}
            """
                .formatted(
                    today, first, place, mark("disclosure_detail"), mark("facilitator_notes"))));
  }

  private void fillInHerRecord() {
    long partnerId =
        jdbc.sql("SELECT id FROM partner WHERE referral_id = :id")
            .param("id", caseId)
            .query(Long.class)
            .single();
    String base = "/api/v1/cases/" + reference + "/partners/" + partnerId;
    expectOk(
        apiPut(
            partnerSupport,
            base + "/wishes",
            """
            {"safeContactTimes": "%s", "doNotContactBy": ["LETTER"], "consentToShare": true,
             "consentToAttendance": true, "herViewOfSafety": "%s", "childrensSafetyView": "%s",
             "version": 0}
            """
                .formatted(
                    mark("safe_contact_times_again"),
                    mark("her_view_of_safety"),
                    mark("childrens_safety_view"))));
    expectOk(
        apiPost(
            partnerSupport,
            base + "/contact-attempts",
            """
            {"method": "PHONE", "attemptedOn": "%s", "attemptedAt": "09:15", "outcome": "NO_ANSWER",
             "notes": "%s", "withinSafeTimes": true}
            """
                .formatted(today.minusDays(3), mark("attempt_notes_first"))));
    expectOk(
        apiPost(
            partnerSupport,
            base + "/contact-attempts",
            """
            {"method": "OUTREACH_CHILDRENS_CENTRE", "attemptedOn": "%s", "attemptedAt": "10:30",
             "outcome": "MET_HER", "venue": "%s", "notes": "%s", "withinSafeTimes": true}
            """
                .formatted(today.minusDays(2), mark("attempt_venue"), mark("attempt_notes"))));
    int version = JSON.readTree(apiGet(partnerSupport, base).body()).get("version").asInt();
    expectOk(
        apiPost(
            partnerSupport,
            base + "/status",
            "{\"status\": \"ENGAGED\", \"changedOn\": \"%s\", \"version\": %d}"
                .formatted(today.minusDays(1), version)));
    String answers =
        IntStream.rangeClosed(1, 24)
            .mapToObj(n -> "\"" + n + "\": \"" + (n % 4 == 0 ? "YES" : "NO") + "\"")
            .collect(Collectors.joining(", "));
    expectOk(
        apiPost(
            partnerSupport,
            base + "/dash",
            "{\"completedOn\": \"%s\", \"answers\": {%s}, \"notes\": \"%s\"}"
                .formatted(today, answers, mark("her_dash_notes"))));
    expectOk(
        apiPost(
            partnerSupport,
            base + "/safety-plan",
            "{\"plan\": \"%s\", \"reviewOn\": \"%s\", \"basedOn\": 0}"
                .formatted(mark("safety_plan"), today.plusDays(14))));
    expectOk(
        apiPost(
            partnerSupport,
            base + "/referrals-on",
            ("{\"service\": \"REFUGE\", \"referredOn\": \"%s\", \"detail\": \"%s\","
                    + " \"basis\": \"VITAL_INTERESTS\"}")
                .formatted(today, mark("referral_on_detail"))));
    expectOk(
        apiPost(
            partnerSupport,
            base + "/sessions",
            "{\"kind\": \"TELEPHONE\", \"heldOn\": \"%s\", \"minutes\": 40, \"notes\": \"%s\"}"
                .formatted(today, mark("support_session_notes"))));
    expectOk(
        apiPost(
            partnerSupport,
            base + "/risk-items",
            "{\"occurredOn\": \"%s\", \"summary\": \"Reports controlling behaviour %s\"}"
                .formatted(today, mark("shared_risk_information"))));
    long womensGroup =
        JSON.readTree(
                expectOk(
                        apiPost(
                            partnerSupport,
                            "/api/v1/womens-groups",
                            """
                            {"areaId": %d, "name": "%s", "venue": "%s", "meets": "Tuesdays 10:00",
                             "startsOn": "%s", "capacity": 12}
                            """
                                .formatted(
                                    area.id(),
                                    mark("womens_group_name"),
                                    mark("womens_group_venue"),
                                    today)))
                    .body())
            .get("id")
            .asLong();
    expectOk(
        apiPost(
            partnerSupport,
            "/api/v1/womens-groups/" + womensGroup + "/members",
            "{\"partnerId\": " + partnerId + "}"));
  }

  private void workWithTheChildren() {
    JsonNode children =
        JSON.readTree(apiGet(childrens, "/api/v1/cases/" + reference + "/children").body());
    for (JsonNode child : children.get("children")) {
      String path = "/api/v1/cases/" + reference + "/children/" + child.get("id").asLong();
      if (child.get("protectionStatus").asString().equals("CHILD_IN_NEED")) {
        expectOk(
            apiPost(
                childrens,
                path + "/protection-status",
                "{\"status\": \"CHILD_PROTECTION_PLAN\", \"changedOn\": \"%s\", \"version\": %d}"
                    .formatted(today.minusDays(1), child.get("version").asInt())));
      }
      expectOk(
          apiPost(
              childrens,
              path + "/sessions",
              """
              {"heldOn": "%s", "durationMinutes": 45, "kind": "ONE_TO_ONE", "wellbeingNotes": "%s"}
              """
                  .formatted(today, mark("wellbeing_notes_" + child.get("id").asLong()))));
    }
  }

  // --- helpers ---

  private HttpResponse<String> expectOk(HttpResponse<String> response) {
    assertThat(response.statusCode())
        .as(response.uri() + " " + response.body())
        .isBetween(200, 204);
    return response;
  }

  private String pseudonym() {
    return pseudonymOf(reference);
  }

  private String pseudonymOf(String ref) {
    String secret =
        jdbc.sql("SELECT secret FROM dataset_key WHERE id = 1").query(String.class).single();
    return new Pseudonyms(secret).of(ref);
  }

  private HttpResponse<String> csv(String token, String area) {
    return get(
        token,
        "/api/v1/outcomes/national-dataset?"
            + (area == null ? "" : "area=" + area + "&")
            + "from="
            + referredOn
            + "&to="
            + today,
        "text/csv");
  }

  private HttpResponse<String> json(String token, String area) {
    return get(
        token,
        "/api/v1/outcomes/national-dataset?format=json&"
            + (area == null ? "" : "area=" + area + "&")
            + "from="
            + referredOn
            + "&to="
            + today,
        "*/*");
  }

  private HttpResponse<String> get(String token, String path, String accept) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", accept)
            .GET()
            .build());
  }

  private static List<CSVRecord> records(String csv) {
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> csvRow(String csv, String pseudonym) {
    List<Map<String, String>> rows =
        records(csv).stream()
            .map(CSVRecord::toMap)
            .filter(r -> pseudonym.equals(r.get("pseudonym")))
            .toList();
    assertThat(rows).as("the row for " + pseudonym).hasSize(1);
    // toMap loses the column order; put it back in header order.
    Map<String, String> ordered = new LinkedHashMap<>();
    String[] header = csv.lines().findFirst().orElseThrow().split(",", -1);
    for (String h : header) {
      ordered.put(h, rows.get(0).get(h));
    }
    return ordered;
  }

  private static List<String> column(String csv, String name) {
    return records(csv).stream().map(r -> r.get(name)).toList();
  }

  private static JsonNode jsonRow(String json, String pseudonym) {
    List<JsonNode> found = new ArrayList<>();
    JSON.readTree(json)
        .get("rows")
        .forEach(
            r -> {
              if (pseudonym.equals(r.get("pseudonym").asString())) {
                found.add(r);
              }
            });
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static List<String> errorFields(HttpResponse<String> problem) {
    List<String> fields = new ArrayList<>();
    JSON.readTree(problem.body()).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  private long areaId(String code) {
    return jdbc.sql("SELECT id FROM area WHERE code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  private String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('A' + random.nextInt(26)));
    }
    return s.toString().toUpperCase(Locale.ROOT);
  }
}
