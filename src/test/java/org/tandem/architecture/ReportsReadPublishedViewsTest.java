package org.tandem.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.partnersupport.ContactOutcome;
import org.tandem.programme.AttendanceMark;

/**
 * Outcomes and the planner read other features' records only through the report_* views those
 * features publish (src/main/resources/db/migration/R__*.sql), so that a rule such as how the
 * programme is counted is written once, beside the records it counts, and the area report and the
 * national dataset cannot drift apart. Their own tables they may read directly.
 *
 * <p>Every SQL string in the Java sources of the two packages (each string literal and text block
 * holding an upper-case SELECT, INSERT, UPDATE or DELETE) is checked against the live schema: a
 * table after FROM, JOIN, INTO or UPDATE (or further along a FROM list) must be one of the
 * package's own tables or a report_* view, and no other table's name may appear anywhere in it as a
 * word, once SQL comments, quoted text and bind parameters are left out.
 */
class ReportsReadPublishedViewsTest extends TandemTest {

  /**
   * The tables each reading package owns: those V9__outcomes.sql, V12__planner_scenarios.sql and
   * V53__quarterly_report_as_sent.sql make.
   */
  static final Map<String, Set<String>> OWN_TABLES =
      Map.of(
          "outcomes",
              Set.of(
                  "historical_import",
                  "historical_case",
                  "outcome_exclusion",
                  "dataset_key",
                  "sent_area_report"),
          "planner", Set.of("planner_scenario"));

  private static final Path SOURCES = Path.of("src/main/java/org/tandem");

  private static final Pattern STATEMENT = Pattern.compile("\\b(SELECT|INSERT|UPDATE|DELETE)\\b");
  // A table after FROM, JOIN, INTO or UPDATE, then any more in a FROM list: "FROM a x, b y".
  private static final String ALIAS =
      "(?:\\s+(?:AS\\s+)?(?!(?:JOIN|WHERE|LEFT|RIGHT|INNER|CROSS|FULL|NATURAL|ON|USING|GROUP"
          + "|ORDER|LIMIT|OFFSET|HAVING|WINDOW|UNION|SET|VALUES|RETURNING)\\b)[a-z_][a-z0-9_]*)?";
  private static final Pattern TARGET =
      Pattern.compile(
          "(?i)\\b(FROM|JOIN|INTO|UPDATE)\\s+(?:ONLY\\s+)?([a-z_][a-z0-9_]*)("
              + ALIAS
              + "(?:\\s*,\\s*[a-z_][a-z0-9_]*"
              + ALIAS
              + ")*)");
  private static final Pattern LISTED = Pattern.compile("(?i),\\s*([a-z_][a-z0-9_]*)");
  private static final Pattern WORD = Pattern.compile("(?<![A-Za-z0-9_.])[A-Za-z_][A-Za-z0-9_]*");

  @Test
  void outcomesAndThePlannerReadOnlyTheirOwnTablesAndPublishedViews() {
    Set<String> tables = relations("'r', 'p'");
    Set<String> views = relations("'v'");
    assertThat(tables).as("the schema is visible").contains("referral", "historical_case");
    List<String> problems = new ArrayList<>();
    OWN_TABLES.forEach(
        (feature, own) -> {
          assertThat(tables).as(feature + "'s own tables exist").containsAll(own);
          List<SqlString> sql = sqlStrings(SOURCES.resolve(feature));
          assertThat(sql).as("SQL found in " + feature).isNotEmpty();
          for (SqlString s : sql) {
            problems.addAll(problems(s, tables, views, own));
          }
        });
    assertThat(problems)
        .as(
            "SQL in outcomes or the planner that reads another feature's table; read the report_*"
                + " view that feature publishes (R__*.sql), or publish one")
        .isEmpty();
  }

  @Test
  void theScanSeesTheReportsQueriesAndFindsATableReadDirectly() {
    List<SqlString> outcomes = sqlStrings(SOURCES.resolve("outcomes"));
    assertThat(outcomes)
        .extracting(SqlString::file)
        .contains("LiveFigures.java", "NationalDataset.java", "OutcomeCases.java");
    Set<String> tables = relations("'r', 'p'");
    Set<String> views = relations("'v'");
    Set<String> own = OWN_TABLES.get("outcomes");
    // Each of these would read the programme's, the partner's or the area's table directly.
    for (String bad :
        List.of(
            "SELECT count(*) FROM report_case_journey c JOIN enrolment e ON e.referral_id = c.id",
            "SELECT 1 FROM historical_case h, partner p WHERE p.id = h.id",
            "SELECT 1 FROM report_child JOIN risk_report ON TRUE",
            "WITH x AS (SELECT id FROM area) SELECT * FROM x",
            "SELECT (SELECT count(*) FROM attendance) AS n",
            "UPDATE referral SET status = 'REFERRED_ON'",
            "SELECT c.referral_id FROM report_case_journey c WHERE c.area_id IN (SELECT id FROM area)")) {
      assertThat(problems(new SqlString("Bad.java", bad), tables, views, own)).as(bad).isNotEmpty();
    }
    // And these are fine: the views, its own tables, comments, quoted text and parameters.
    for (String good :
        List.of(
            "SELECT c.referral_id FROM report_case_journey c -- not the referral table\n",
            "INSERT INTO historical_case (risk_report) VALUES (:referral)",
            "SELECT 'partner' AS word FROM outcome_exclusion x JOIN report_child ch ON TRUE",
            "SELECT w.partners_in_womens_group > 0 AS womens_group_member"
                + " FROM report_partner_support w")) {
      assertThat(problems(new SqlString("Good.java", good), tables, views, own)).as(good).isEmpty();
    }
  }

  /**
   * The views hard-code two of the service's lists; they must be the lists the case pages use:
   * attendance that counts towards his hours, and outcomes of an attempt that reached her.
   */
  @Test
  void theViewsCountWhatTheCasePagesCount() {
    String place = viewDefinition("report_programme_place");
    String progress = viewDefinition("report_programme_progress");
    for (AttendanceMark mark : AttendanceMark.values()) {
      assertThat(place.contains("'" + mark.name() + "'")).as(mark.name()).isEqualTo(mark.counts());
      assertThat(progress.contains("'" + mark.name() + "'"))
          .as(mark.name())
          .isEqualTo(mark.counts());
    }
    String partners = viewDefinition("report_partner_support");
    for (ContactOutcome outcome : ContactOutcome.values()) {
      assertThat(partners.contains("'" + outcome.name() + "'"))
          .as(outcome.name())
          .isEqualTo(outcome.reached());
    }
  }

  // --- the scan ---

  record SqlString(String file, String text) {}

  private List<String> problems(
      SqlString s, Set<String> tables, Set<String> views, Set<String> own) {
    Predicate<String> allowed =
        n -> own.contains(n) || (n.startsWith("report_") && views.contains(n));
    // A table's name may also be a column of something it may read (historical_case has a column
    // risk_report): as a column it is fine, and after FROM or JOIN the first check catches it.
    Set<String> columns = columnsOf(tables, views, allowed);
    String sql = plain(s.text());
    Set<String> found = new TreeSet<>();
    Matcher target = TARGET.matcher(sql);
    while (target.find()) {
      List<String> names = new ArrayList<>(List.of(target.group(2).toLowerCase()));
      Matcher listed = LISTED.matcher(target.group(3));
      while (listed.find()) {
        names.add(listed.group(1).toLowerCase());
      }
      names.stream()
          .filter(n -> tables.contains(n) || n.startsWith("report_"))
          .filter(allowed.negate())
          .forEach(found::add);
    }
    Matcher word = WORD.matcher(sql);
    while (word.find()) {
      String w = word.group().toLowerCase();
      if (tables.contains(w) && !allowed.test(w) && !columns.contains(w)) {
        found.add(w);
      }
    }
    return found.stream()
        .map(t -> s.file() + " reads " + t + ": " + s.text().strip().lines().findFirst().orElse(""))
        .toList();
  }

  /**
   * The SQL without its comments, quoted text, bind parameters and the names it gives with AS (a
   * dataset column may be called after a table: womens_group_member).
   */
  private static String plain(String sql) {
    return sql.replaceAll("--[^\\n]*", " ")
        .replaceAll("'(?:[^']|'')*'", "''")
        .replaceAll("(?<!:):[A-Za-z_][A-Za-z0-9_]*", " ")
        .replaceAll("(?i)\\bAS\\s+[A-Za-z_][A-Za-z0-9_]*", " ");
  }

  /** Every string literal and text block holding SQL in the Java files under a folder. */
  static List<SqlString> sqlStrings(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      List<SqlString> found = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String literal : literals(Files.readString(file))) {
          if (STATEMENT.matcher(literal).find()) {
            found.add(new SqlString(file.getFileName().toString(), literal));
          }
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The string literals and text blocks of a Java source, skipping comments and characters. */
  static List<String> literals(String java) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = java.length();
    while (i < n) {
      char c = java.charAt(i);
      if (java.startsWith("//", i)) {
        int end = java.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (java.startsWith("/*", i)) {
        int end = java.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (java.startsWith("\"\"\"", i)) {
        int end = java.indexOf("\"\"\"", i + 3);
        while (end > 0 && java.charAt(end - 1) == '\\') {
          end = java.indexOf("\"\"\"", end + 1);
        }
        out.add(java.substring(i + 3, end < 0 ? n : end));
        i = end < 0 ? n : end + 3;
      } else if (c == '"' || c == '\'') {
        StringBuilder s = new StringBuilder();
        int j = i + 1;
        while (j < n && java.charAt(j) != c) {
          if (java.charAt(j) == '\\' && j + 1 < n) {
            s.append(java.charAt(j + 1));
            j += 2;
          } else {
            s.append(java.charAt(j++));
          }
        }
        if (c == '"') {
          out.add(s.toString());
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  // --- the schema ---

  private Set<String> relations(String kinds) {
    return new TreeSet<>(
        jdbc.sql(
                """
                SELECT c.relname FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN (%s)
                """
                    .formatted(kinds))
            .query(String.class)
            .list());
  }

  private Set<String> columnsOf(Set<String> tables, Set<String> views, Predicate<String> allowed) {
    List<String> readable = Stream.concat(tables.stream(), views.stream()).filter(allowed).toList();
    return new TreeSet<>(
        jdbc.sql(
                """
                SELECT a.attname FROM pg_catalog.pg_attribute a
                JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relname = ANY(:names)
                  AND a.attnum > 0 AND NOT a.attisdropped
                """)
            .param("names", readable.toArray(String[]::new))
            .query(String.class)
            .list());
  }

  private String viewDefinition(String view) {
    return jdbc.sql("SELECT pg_get_viewdef(CAST(:v AS regclass), true)")
        .param("v", view)
        .query(String.class)
        .single();
  }
}
