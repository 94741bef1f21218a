package org.tandem.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.tandem.TestData.marker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.access.WallMarkers;
import org.tandem.referral.AReferral;

/**
 * His subject access bundle holds nothing from behind the wall, nothing a child said, and no
 * child's name. A marker is planted in every [wall] text column of a case (the schema's catalogue
 * lists them, so a new one is planted here with no change, or fails until a row for it is made), in
 * the child's name and in what the child said in a session, and in a restricted note of his; then
 * his bundle is read as JSON and as PDF text and no marker may appear. Positive controls: his own
 * records are there, her bundle holds her details and none of his notes, the child's bundle holds
 * what the child said.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class SubjectAccessWallTest extends TandemTest {

  /** The [wall] column this feature adds: who asked for a disclosure may name her. */
  public static final Set<String> WALL_COLUMNS = Set.of("subject_access.requester");

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

  /** Column (or what it stands for) to the marker planted in it. */
  private final Map<String, String> behindTheWall = new LinkedHashMap<>();

  private final Map<String, String> childsOwn = new LinkedHashMap<>();
  private final List<String> coded = new ArrayList<>();
  private TestArea area;
  private String manager;
  private String reference;
  private long caseId;
  private long partnerId;
  private long childId;
  private String hisNote;
  private String restrictedNote;
  private String herRestrictedNote;

  @BeforeAll
  void plantAMarkerInEveryWallColumn() {
    area = newArea();
    manager = area.token(Role.SERVICE_MANAGER);
    reference =
        newCase(
            area,
            AReferral.in(area)
                .withPartner(
                    marker("given"),
                    marker("family"),
                    "07700 900123",
                    marker("mail").toLowerCase() + "@example.org",
                    marker("address"),
                    marker("times"))
                .withChildren(1));
    caseId = id("SELECT id FROM referral WHERE reference = :r", reference);
    partnerId = id("SELECT id FROM partner WHERE referral_id = :r", caseId);
    childId = id("SELECT id FROM child WHERE referral_id = :r", caseId);
    makeARowInEveryTableBehindTheWall();

    List<String[]> wallText =
        jdbc.sql(
                """
                SELECT c.relname, a.attname
                FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
                WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0
                  AND NOT a.attisdropped AND col_description(c.oid, a.attnum) LIKE '[wall]%'
                  AND a.atttypid IN ('text'::regtype, 'varchar'::regtype)
                ORDER BY 1, 2
                """)
            .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    assertThat(wallText).as("the catalogue lists [wall] text columns").hasSizeGreaterThan(20);
    for (String[] column : wallText) {
      plant(column[0], column[1]);
    }
    assertThat(behindTheWall)
        .as("coded columns were %s", coded)
        .containsKeys("partner.given_name", "safety_plan_revision.plan", "contact_attempt.notes");

    // What the child said, and the child's name: never in his bundle.
    childsOwn.put("child.given_name", marker("kidname"));
    jdbc.sql("UPDATE child SET given_name = :m WHERE id = :id")
        .param("m", childsOwn.get("child.given_name"))
        .param("id", childId)
        .update();
    childsOwn.put("child_session.wellbeing_notes", marker("kidsaid"));
    jdbc.sql(
            """
            INSERT INTO child_session (child_id, held_on, duration_minutes, kind, wellbeing_notes,
              recorded_by, recorded_at)
            VALUES (:child, :day, 45, 'ONE_TO_ONE', :said, 'invented', :now)
            """)
        .param("child", childId)
        .param("day", clock.today().minusDays(1))
        .param("said", "The child said " + childsOwn.get("child_session.wellbeing_notes"))
        .param("now", now())
        .update();

    // His own notes: one to release, one marked restricted to list for review only.
    hisNote = marker("hisnote");
    restrictedNote = marker("restricted");
    caseNote(hisNote, false);
    caseNote(restrictedNote, true);
  }

  @Test
  void hisBundleAsJsonHoldsNothingFromBehindTheWallNorAnythingAChildSaid() {
    long id = prepare("man", "Invented: by letter from his solicitor");
    HttpResponse<String> bundle = apiGet(manager, "/api/v1/subject-access/" + id);
    assertThat(bundle.statusCode()).as(bundle.body()).isEqualTo(200);
    String json = bundle.body();
    WallMarkers.assertNone(behindTheWall, "his bundle (JSON)", json);
    WallMarkers.assertNone(childsOwn, "his bundle (JSON)", json);
    WallMarkers.assertNone(Map.of("restricted note", restrictedNote), "his bundle (JSON)", json);

    // His own records are there, the children by number, the restricted note listed only.
    assertThat(json)
        .contains("\"case\":\"" + reference + "\"")
        .contains("Testy")
        .contains(hisNote)
        .contains("Child 1")
        .contains("\"withheldForReview\":[{")
        .contains("\"kind\":\"SUPERVISION\"")
        .contains("\"documentsSuppliedSeparately\":true");
    // The referrer's own contact details are theirs, not his.
    assertThat(json).doesNotContain("Robin Casefield").doesNotContain("07700 900001");
  }

  @Test
  void hisBundleAsPdfHoldsNothingFromBehindTheWallNorAnythingAChildSaid() {
    long id = prepare("man", "Invented: by email from him");
    HttpResponse<byte[]> pdf = apiGetBytes(manager, "/api/v1/subject-access/" + id + "?format=pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    // Lines may break anywhere in a table cell; markers are looked for with the breaks removed.
    String text = pdfText(pdf.body()).replaceAll("\\s+", "");
    WallMarkers.assertNone(behindTheWall, "his bundle (PDF)", text);
    WallMarkers.assertNone(childsOwn, "his bundle (PDF)", text);
    WallMarkers.assertNone(Map.of("restricted note", restrictedNote), "his bundle (PDF)", text);
    assertThat(text).contains(hisNote).contains("Child1").contains("Testy");
  }

  @Test
  void herBundleHoldsHerDataAndNoneOfHis() {
    long id = prepare("partner:" + partnerId, "Invented: in person, to her support worker");
    HttpResponse<String> bundle = apiGet(manager, "/api/v1/subject-access/" + id);
    assertThat(bundle.statusCode()).as(bundle.body()).isEqualTo(200);
    String json = bundle.body();
    for (String column :
        List.of(
            "partner.given_name",
            "partner.address",
            "safety_plan_revision.plan",
            "support_session.notes",
            "contact_attempt.notes",
            "partner_equality.sexual_orientation")) {
      assertThat(json).as("her bundle holds her " + column).contains(behindTheWall.get(column));
    }
    assertThat(json)
        .doesNotContain(hisNote)
        .doesNotContain(restrictedNote)
        .doesNotContain("Mctestface")
        .doesNotContain(childsOwn.get("child_session.wellbeing_notes"))
        .doesNotContain(herRestrictedNote)
        .contains("\"kind\":\"PARTNER_NOTE\"");
  }

  @Test
  void aChildsBundleHoldsWhatTheChildSaidAndNothingOfTheParents() {
    long id = prepare("child:" + childId, "Invented: the child, with a teacher's help");
    String json = apiGet(manager, "/api/v1/subject-access/" + id).body();
    assertThat(json)
        .contains(childsOwn.get("child_session.wellbeing_notes"))
        .contains(childsOwn.get("child.given_name"))
        .doesNotContain(hisNote)
        .doesNotContain("Testy");
    WallMarkers.assertNone(behindTheWall, "the child's bundle", json);
  }

  @Test
  void noOtherRoleMayPrepareOrReadADisclosure() {
    long id = prepare("man", "Invented: by letter");
    for (Role role :
        List.of(
            Role.INTAKE,
            Role.PERPETRATOR_WORKER,
            Role.CHILDRENS_WORKER,
            Role.PARTNER_SUPPORT_WORKER,
            Role.COMMISSIONER)) {
      String token = area.token(role);
      HttpResponse<String> post =
          apiPost(
              token,
              "/api/v1/subject-access",
              "{\"case\": \"%s\", \"subject\": \"man\"}".formatted(reference));
      assertThat(post.statusCode()).as(role + " " + post.body()).isEqualTo(403);
      assertThat(post.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      for (String path :
          List.of("/api/v1/subject-access/" + id, "/api/v1/subject-access/" + id + "?format=pdf")) {
        HttpResponse<String> got = apiGet(token, path);
        assertThat(got.statusCode()).as(role + " " + path).isEqualTo(403);
        WallMarkers.assertNone(behindTheWall, role + " " + path, got.body());
      }
      for (String path :
          List.of(
              "/cases/" + reference + "/subject-access",
              "/cases/" + reference + "/subject-access/" + id,
              "/cases/" + reference + "/subject-access/" + id + "/bundle.json")) {
        HttpResponse<String> page = signedIn(area.user(role)).get(path);
        assertThat(page.statusCode()).as(role + " " + path).isEqualTo(403);
        WallMarkers.assertNone(behindTheWall, role + " " + path, page.body());
      }
    }
  }

  @Test
  void aManagerElsewhereFindsNoSuchCaseOrDisclosure() {
    long id = prepare("man", "Invented: by letter");
    String elsewhere = newArea().token(Role.SERVICE_MANAGER);
    HttpResponse<String> post =
        apiPost(
            elsewhere,
            "/api/v1/subject-access",
            "{\"case\": \"%s\", \"subject\": \"man\"}".formatted(reference));
    assertThat(post.statusCode()).isEqualTo(404);
    assertThat(apiGet(elsewhere, "/api/v1/subject-access/" + id).statusCode()).isEqualTo(404);
  }

  @Test
  void aSubjectThatIsNotAPersonOnTheCaseIsRefusedNamingTheField() {
    long otherChild =
        id(
            "SELECT id FROM child WHERE referral_id = :r",
            id("SELECT id FROM referral WHERE reference = :r", newCase(area)));
    for (String subject :
        List.of(
            "him", "partner:", "child:abc", "partner:" + partnerId + "x", "child:" + otherChild)) {
      HttpResponse<String> refused =
          apiPost(
              manager,
              "/api/v1/subject-access",
              "{\"case\": \"%s\", \"subject\": \"%s\"}".formatted(reference, subject));
      assertThat(refused.statusCode()).as(subject + " " + refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("subject");
    }
    HttpResponse<String> parent =
        apiPost(
            manager,
            "/api/v1/subject-access",
            "{\"case\": \"%s\", \"subject\": \"man\", \"requestedBy\": \"PARENT\"}"
                .formatted(reference));
    assertThat(parent.statusCode()).isEqualTo(400);
    assertThat(parent.body()).contains("requestedBy");
  }

  @Test
  void everyDisclosureIsRecordedAndItsReleaseKeepsWhatWasReleased() {
    long id = prepare("man", "Invented: by letter from him");
    Map<String, Object> before = row(id);
    assertThat(before.get("prepared_by")).isEqualTo(area.user(Role.SERVICE_MANAGER).username());
    assertThat(before.get("released_at")).isNull();
    String read = apiGet(manager, "/api/v1/subject-access/" + id).body();
    String sha = first(Pattern.compile("\"sha256\":\"([0-9a-f]{64})\""), read);

    HttpResponse<String> released =
        apiPost(manager, "/api/v1/subject-access/" + id + "/release", "{\"version\": 0}");
    assertThat(released.statusCode()).as(released.body()).isEqualTo(200);
    assertThat(released.body()).contains("\"released\":true").contains("\"matchesRelease\":true");
    Map<String, Object> after = row(id);
    assertThat(after.get("released_by")).isEqualTo(area.user(Role.SERVICE_MANAGER).username());
    assertThat(after.get("released_sha256")).isEqualTo(sha);
    assertThat((String) after.get("released_sections"))
        .contains("caseNotes: 1")
        .contains("children: 1")
        .doesNotContain(hisNote);
    assertThat(
            apiPost(manager, "/api/v1/subject-access/" + id + "/release", "{\"version\": 0}")
                .statusCode())
        .as("released once only")
        .isEqualTo(409);

    // A note written after the release: the bundle made again no longer matches what was released.
    caseNote(marker("later"), false);
    assertThat(apiGet(manager, "/api/v1/subject-access/" + id).body())
        .contains("\"matchesRelease\":false");

    List<String> audited =
        jdbc.sql(
                "SELECT action || ' ' || what FROM audit_event WHERE referral_id = :case"
                    + " AND username = :u AND what LIKE 'subject access%'")
            .param("case", caseId)
            .param("u", area.user(Role.SERVICE_MANAGER).username())
            .query(String.class)
            .list();
    assertThat(audited)
        .contains(
            "CREATE subject access disclosure",
            "READ subject access bundle",
            "UPDATE subject access release");
  }

  // ---------------------------------------------------------------------------------------------

  private long prepare(String subject, String requester) {
    HttpResponse<String> created =
        apiPost(
            manager,
            "/api/v1/subject-access",
            "{\"case\": \"%s\", \"subject\": \"%s\", \"requester\": \"%s\"}"
                .formatted(reference, subject, requester));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Long.parseLong(first(ID, created.body()));
  }

  /**
   * A marker in this column of every row of the case's: a column that only takes a coded value (its
   * CHECK refuses text) is left coded; a column with no row on the case fails the test until a row
   * for it is made in {@link #makeARowInEveryTableBehindTheWall}.
   */
  private void plant(String table, String column) {
    if (behindTheWall.containsKey(table + "." + column)) {
      return;
    }
    String where = WHERE.get(table);
    if (where == null) {
      fail("Make a row of %s on the case for the wall marker in %s.%s", table, table, column);
    }
    String value = marker("w");
    try {
      int changed =
          jdbc.sql("UPDATE " + table + " SET " + column + " = :m WHERE " + where)
              .param("m", value)
              .param("case", caseId)
              .param("partner", partnerId)
              .update();
      assertThat(changed).as("rows of %s on the case", table).isPositive();
      behindTheWall.put(table + "." + column, value);
    } catch (DataIntegrityViolationException refused) {
      // Only a CHECK (23514) or a length limit (22001) says the column holds a code, not text.
      String state =
          refused.getMostSpecificCause() instanceof java.sql.SQLException e ? e.getSQLState() : "";
      if (!state.equals("23514") && !state.equals("22001")) {
        throw refused;
      }
      coded.add(table + "." + column);
    }
  }

  /** Which rows of each table behind the wall are the case's. */
  private static final Map<String, String> WHERE =
      Map.ofEntries(
          Map.entry("partner", "id = :partner"),
          Map.entry("contact_attempt", "partner_id = :partner"),
          Map.entry("partner_contact_status_change", "partner_id = :partner"),
          Map.entry("partner_dash", "partner_id = :partner"),
          Map.entry("partner_document", "partner_id = :partner"),
          Map.entry("partner_evaluation", "partner_id = :partner"),
          Map.entry("partner_note", "partner_id = :partner AND NOT restricted"),
          Map.entry(
              "partner_note_amendment",
              "note_id IN (SELECT id FROM partner_note WHERE partner_id = :partner)"),
          Map.entry("partner_referral_on", "partner_id = :partner"),
          Map.entry("safety_plan_revision", "partner_id = :partner"),
          Map.entry("support_session", "partner_id = :partner"),
          Map.entry("womens_group_attendance", "partner_id = :partner"),
          Map.entry(
              "womens_group",
              "id IN (SELECT group_id FROM womens_group_member WHERE partner_id = :partner)"),
          Map.entry(
              "womens_group_session",
              "group_id IN (SELECT group_id FROM womens_group_member WHERE partner_id = :partner)"),
          Map.entry("risk_level_source", "referral_id = :case"),
          Map.entry("marac_referral", "referral_id = :case"),
          Map.entry("subject_access", "referral_id = :case"),
          Map.entry("partner_consent", "partner_id = :partner"),
          Map.entry("partner_amendment", "partner_id = :partner"),
          Map.entry("partner_equality", "partner_id = :partner"));

  private void makeARowInEveryTableBehindTheWall() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("partner", partnerId);
    p.put("case", caseId);
    p.put("area", area.id());
    p.put("day", clock.today().minusDays(2));
    p.put("now", now());
    // Notes are never changed in place (the database refuses it), so their words are planted as
    // they are written.
    for (String[] words :
        List.of(
            new String[] {"partner_note.body", "noteBody"},
            new String[] {"partner_note_amendment.body", "amendedBody"},
            new String[] {"partner_note_amendment.reason", "amendedReason"})) {
      behindTheWall.put(words[0], marker("w"));
      p.put(words[1], behindTheWall.get(words[0]));
    }
    for (String sql :
        List.of(
            """
            INSERT INTO contact_attempt (partner_id, method, attempted_at, outcome, venue, notes,
              within_safe_times, recorded_by, recorded_at)
            VALUES (:partner, 'PHONE', :now, 'SPOKE', 'v', 'n', true, 'invented', :now)""",
            """
            INSERT INTO partner_contact_status_change (partner_id, status, changed_on,
              recorded_by, recorded_at) VALUES (:partner, 'ENGAGED', :day, 'invented', :now)""",
            """
            INSERT INTO partner_dash (partner_id, completed_on, answers, score, strangulation, notes,
              recorded_by, recorded_at)
            VALUES (:partner, :day, '{}'::jsonb, 3, false, 'n', 'invented', :now)""",
            """
            INSERT INTO partner_document (referral_id, partner_id, title, document_type, file_name,
              media_type, size_bytes, content, uploaded_by, uploaded_at)
            VALUES (:case, :partner, 't', 'OTHER', 'f.pdf', 'application/pdf', 1, '\\x25'::bytea,
              'invented', :now)""",
            """
            INSERT INTO partner_evaluation (partner_id, point, completed_on, violence,
              abusive_behaviour, feeling_safe, quality_of_life, notes, recorded_by, recorded_at,
              area_id)
            VALUES (:partner, 'START', :day, 1, 1, 1, 1, 'n', 'invented', :now, :area)""",
            """
            INSERT INTO partner_note (referral_id, partner_id, happened_on, body, restricted,
              recorded_by, recorded_at)
            VALUES (:case, :partner, :day, :noteBody, false, 'invented', :now)""",
            """
            INSERT INTO partner_note_amendment (note_id, revision, body, reason, amended_by,
              amended_at)
            SELECT id, 1, :amendedBody, :amendedReason, 'invented', :now FROM partner_note
            WHERE partner_id = :partner""",
            """
            INSERT INTO partner_referral_on (partner_id, service, referred_on, detail, recorded_by,
              recorded_at) VALUES (:partner, 'REFUGE', :day, 'd', 'invented', :now)""",
            """
            INSERT INTO safety_plan_revision (partner_id, plan, review_on, recorded_by, recorded_at)
            VALUES (:partner, 'p', :day, 'invented', :now)""",
            """
            INSERT INTO support_session (partner_id, kind, held_on, minutes, notes, recorded_by,
              recorded_at) VALUES (:partner, 'PHONE', :day, 30, 'n', 'invented', :now)""",
            """
            INSERT INTO womens_group (area_id, name, venue, meets, starts_on, capacity, created_by,
              created_at) VALUES (:area, 'g', 'v', 'm', :day, 10, 'invented', :now)""",
            """
            INSERT INTO womens_group_member (group_id, partner_id, joined_on, added_by, added_at)
            SELECT id, :partner, :day, 'invented', :now FROM womens_group WHERE area_id = :area""",
            """
            INSERT INTO womens_group_session (group_id, held_on, topic, notes, recorded_by,
              recorded_at)
            SELECT id, :day, 't', 'n', 'invented', :now FROM womens_group WHERE area_id = :area""",
            """
            INSERT INTO womens_group_attendance (session_id, partner_id, attended, absence_reason)
            SELECT s.id, :partner, false, 'a' FROM womens_group_session s
            JOIN womens_group g ON g.id = s.group_id WHERE g.area_id = :area""",
            """
            INSERT INTO risk_level_source (referral_id, reason) VALUES (:case, 'r')""",
            """
            INSERT INTO marac_referral (referral_id, trigger, reason, due_on, created_by,
              created_at, source_reason)
            VALUES (:case, 'VISIBLE_HIGH_RISK', 'Invented', :day, 'invented', :now, 's')""",
            """
            INSERT INTO subject_access (referral_id, subject_kind, subject_id, requested_by,
              received_on, requester, prepared_by, prepared_at)
            VALUES (:case, 'PARTNER', :partner, 'SELF', :day, 'r', 'invented', :now)""",
            """
            INSERT INTO partner_consent (referral_id, partner_id, scope, agencies, given_on,
              expires_on, recorded_by, recorded_at)
            VALUES (:case, :partner, ARRAY['REFUGE'], 'a', :day, :day, 'invented', :now)""",
            """
            INSERT INTO partner_amendment (partner_id, field, value_before, value_after, reason,
              amended_by, amended_at)
            VALUES (:partner, 'PHONE', 'b', 'a', 'r', 'invented', :now)""",
            """
            INSERT INTO partner_equality (partner_id, ethnicity, recorded_by, recorded_at)
            VALUES (:partner, 'e', 'invented', :now)""")) {
      jdbc.sql(sql).params(p).update();
    }
    herRestrictedNote = marker("herrestricted");
    jdbc.sql(
            """
            INSERT INTO partner_note (referral_id, partner_id, happened_on, body, restricted,
              recorded_by, recorded_at) VALUES (:case, :partner, :day, :b, true, 'invented', :now)""")
        .params(p)
        .param("b", herRestrictedNote)
        .update();
  }

  private void caseNote(String body, boolean restricted) {
    jdbc.sql(
            """
            INSERT INTO case_note (referral_id, kind, happened_on, body, restricted, recorded_by,
              recorded_at)
            VALUES (:case, :kind, :day, :body, :restricted, 'invented', :now)
            """)
        .param("case", caseId)
        .param("kind", restricted ? "SUPERVISION" : "CONTACT")
        .param("day", clock.today().minusDays(1))
        .param("body", body)
        .param("restricted", restricted)
        .param("now", now())
        .update();
  }

  private Map<String, Object> row(long id) {
    return jdbc.sql("SELECT * FROM subject_access WHERE id = :id")
        .param("id", id)
        .query()
        .singleRow();
  }

  private long id(String sql, Object param) {
    return jdbc.sql(sql).param("r", param).query(Long.class).list().get(0);
  }

  private Timestamp now() {
    return Timestamp.from(clock.instant());
  }

  private static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    assertThat(m.find()).as("finds " + pattern + " in " + text).isTrue();
    return m.group(1);
  }
}
