package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;

/**
 * The wall in code: every query that reads a [wall] column sits in a method that takes a pass. A
 * {@link WallPass} is for one case; an {@link AreaWallPass} is for lists of women across the areas
 * a user covers; both are made by {@link CaseAccess} only, and only for a role that sees behind the
 * wall. A {@link WallFiguresPass} is for aggregate reports, which count from [wall] columns (women
 * reached, evaluations improved) and are read by commissioners too; {@link CaseAccess} makes it for
 * the areas a report reader covers, and a method that takes it returns numbers only. So a query
 * that reads what is behind the wall cannot be reached without that check having been made.
 *
 * <p>The [wall] columns come from the schema's own comments, as {@link SchemaCatalogueTest} reads
 * them, so a column put behind the wall is guarded here with no change to this test. Every Java
 * source under {@code src/main/java} is parsed with JavaParser; for each method or constructor (a
 * lambda counts as part of the method it is written in), each piece of SQL in it is read whole,
 * string constants followed (see {@link WallQueryScanner}). A column counts as read when that SQL
 * names it as {@code table.column}, or {@code alias.column} with the alias bound to its table in
 * the same SQL, or alone when its table is named in the same SQL (after FROM, JOIN, INTO or
 * UPDATE), or through {@code alias.*} or {@code SELECT *}. The method must also use its pass (read
 * it, or hand it on): a pass only carried would keep no query to its case or areas. A column is
 * matched with its table, so a name such as {@code notes} or {@code name}, open in one table and
 * behind the wall in another, is judged by the tables the SQL names.
 *
 * <p>Writes: an INSERT that selects nothing only writes, so it reads nothing (except a [wall]
 * column it gives back with RETURNING) and is exempt. That is how intake records her details at
 * referral without seeing them afterwards, and how the invented demo data is loaded. An UPDATE or
 * DELETE is not exempt: its WHERE, and the count of rows it changed, can tell whether she has a
 * given value, so a method that changes a [wall] column takes a pass too.
 *
 * <p>There is no allow-list. A method reported here is fixed by threading a pass to it from {@link
 * CaseAccess}, through the service that calls it, and keeping its query to the pass's case or
 * areas.
 */
class WallQueryTest extends TandemTest {

  private static final Path MAIN = Path.of("src/main/java");

  /** Every [wall] column in the schema, as table name to column names, from its comment. */
  private Map<String, Set<String>> wallColumns() {
    List<String[]> columns =
        jdbc.sql(
                """
                SELECT c.relname, a.attname
                FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
                  AND a.attnum > 0 AND NOT a.attisdropped
                  AND col_description(c.oid, a.attnum) LIKE '[wall]%'
                """)
            .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)})
            .list();
    Map<String, Set<String>> wall = new TreeMap<>();
    columns.forEach(c -> wall.computeIfAbsent(c[0], t -> new TreeSet<>()).add(c[1]));
    return wall;
  }

  private static List<CompilationUnit> mainSources() {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<CompilationUnit> units = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        units.add(WallQueryScanner.parse(Files.readString(file)));
      }
      return units;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyQueryThatReadsAWallColumnTakesAPass() {
    Map<String, Set<String>> wall = wallColumns();
    assertThat(wall).as("the catalogue lists [wall] columns").containsKey("partner");
    List<CompilationUnit> units = mainSources();
    assertThat(units)
        .as("the main sources are found from " + MAIN.toAbsolutePath())
        .hasSizeGreaterThan(100);
    WallQueryScanner scanner = new WallQueryScanner(wall);
    scanner.learnConstants(units);
    Map<String, Set<String>> offences = new TreeMap<>();
    for (CompilationUnit unit : units) {
      scanner
          .offences(unit)
          .forEach(o -> offences.computeIfAbsent(o.method(), m -> new TreeSet<>()).add(o.column()));
    }
    String report =
        offences.entrySet().stream()
            .map(e -> "  " + e.getKey() + " reads " + String.join(", ", e.getValue()))
            .collect(Collectors.joining("\n"));
    assertThat(offences)
        .as(
            "methods whose SQL reads a [wall] column but that take no pass (WallPass, AreaWallPass"
                + " or WallFiguresPass), or never use it:\n"
                + report
                + "\n")
        .isEmpty();
  }

  /** The scanner itself, on small sources whose answer is known: it must find, and not invent. */
  @Test
  void theScanFindsWhatItReadsAndNothingElse() {
    WallQueryScanner scanner =
        new WallQueryScanner(
            Map.of(
                "partner", Set.of("given_name", "contact_status"),
                "womens_group", Set.of("name", "venue")));
    CompilationUnit unit =
        WallQueryScanner.parse(
            """
            class Store {
              private static final String GROUP = "SELECT g.id, a.name FROM womens_group g JOIN area a ON a.id = g.area_id";
              private static final String WOMEN = "FROM partner p JOIN referral r ON r.id = p.referral_id";
              void aliased() { jdbc.sql("SELECT p.given_name FROM partner p").list(); }
              void bare() { jdbc.sql(\"""
                SELECT id FROM womens_group WHERE lower(name) = lower(:name)
                \""").list(); }
              void viaConstant() { jdbc.sql("SELECT p.contact_status " + WOMEN + " WHERE r.id = :id"); }
              void star() { jdbc.sql("SELECT e.* FROM partner e"); }
              void inLambda() { list.forEach(x -> jdbc.sql("SELECT count(*) FROM partner WHERE contact_status = 'X'")); }
              void update(int v) { jdbc.sql("UPDATE partner SET given_name = :g WHERE id = :id"); }
              void otherTablesName() { jdbc.sql(GROUP + " WHERE g.id = :id"); }
              void areaName() { jdbc.sql("SELECT a.name AS name FROM area a JOIN womens_group g ON g.area_id = a.id"); }
              void insert() { jdbc.sql("INSERT INTO partner (given_name, contact_status) VALUES (:g, :s) RETURNING id"); }
              void message() { problem("Enter a name for the venue of the group"); }
              void withPass(WallPass pass) { jdbc.sql("SELECT p.given_name FROM partner p WHERE p.referral_id = :r").param("r", pass.referralId()); }
              void withAreaPass(org.tandem.access.AreaWallPass pass) { jdbc.sql("SELECT g.venue FROM womens_group g WHERE g.area_id = ANY(:a)").param("a", pass.areaIdArray()); }
              void carriesAPass(AreaWallPass pass) { jdbc.sql("SELECT g.venue FROM womens_group g"); }
            }
            """);
    scanner.learnConstants(List.of(unit));
    Map<String, Set<String>> read = new TreeMap<>();
    for (MethodDeclaration m : unit.findAll(MethodDeclaration.class)) {
      read.put(m.getNameAsString(), scanner.wallColumnsRead(m));
    }
    assertThat(read)
        .containsEntry("aliased", Set.of("partner.given_name"))
        .containsEntry("bare", Set.of("womens_group.name"))
        .containsEntry("viaConstant", Set.of("partner.contact_status"))
        .containsEntry("star", Set.of("partner.given_name", "partner.contact_status"))
        .containsEntry("inLambda", Set.of("partner.contact_status"))
        .containsEntry("update", Set.of("partner.given_name"))
        .containsEntry("otherTablesName", Set.of())
        .containsEntry("areaName", Set.of())
        .containsEntry("insert", Set.of())
        .containsEntry("message", Set.of());
    assertThat(scanner.offences(unit))
        .extracting(WallQueryScanner.Offence::method)
        .containsExactlyInAnyOrder(
            "Store.aliased",
            "Store.bare",
            "Store.viaConstant",
            "Store.star",
            "Store.star",
            "Store.inLambda",
            "Store.update",
            "Store.carriesAPass");
  }
}
