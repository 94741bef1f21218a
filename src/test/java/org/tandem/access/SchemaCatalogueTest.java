package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;

/**
 * Every column says, in its catalogue comment, which side of the confidentiality wall it is on:
 * "[open]" or "[wall]". The [wall] columns must be exactly those {@link ConfidentialityWallTest}
 * plants markers in, so a column put behind the wall without a wall test, or a column marked
 * neither way, fails the build.
 */
class SchemaCatalogueTest extends TandemTest {

  record Column(String table, String column, String comment) {
    String name() {
      return table + "." + column;
    }
  }

  private List<Column> columns() {
    return jdbc.sql(
            """
            SELECT c.relname, a.attname, col_description(c.oid, a.attnum)
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
            WHERE n.nspname = 'public'
              AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND c.relname <> 'flyway_schema_history'
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum
            """)
        .query((rs, i) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  @Test
  void everyColumnIsMarkedOpenOrWall() {
    List<Column> columns = columns();
    assertThat(columns)
        .as("the catalogue query sees the schema")
        .extracting(Column::name)
        .contains("partner.given_name", "referral.reference", "audit_event.what");
    List<String> unmarked =
        columns.stream()
            .filter(
                c ->
                    c.comment() == null
                        || !(c.comment().startsWith("[open]") || c.comment().startsWith("[wall]")))
            .map(Column::name)
            .toList();
    assertThat(unmarked).as("columns whose comment does not start with [open] or [wall]").isEmpty();
  }

  @Test
  void theWallColumnsAreExactlyThoseTheWallTestPlantsMarkersIn() {
    Set<String> wall =
        columns().stream()
            .filter(c -> c.comment() != null && c.comment().startsWith("[wall]"))
            .map(Column::name)
            .collect(Collectors.toSet());
    Set<String> tested = new java.util.HashSet<>(ConfidentialityWallTest.WALL_COLUMNS);
    tested.addAll(org.tandem.partnersupport.PartnerRecordWallTest.WALL_COLUMNS);
    tested.addAll(org.tandem.womensgroups.WomensGroupWallTest.WALL_COLUMNS);
    tested.addAll(org.tandem.outcomes.OutcomesWallTest.WALL_COLUMNS);
    tested.addAll(org.tandem.documents.DocumentsWallTest.WALL_COLUMNS);
    tested.addAll(org.tandem.notes.NotesWallTest.WALL_COLUMNS);
    tested.addAll(org.tandem.partnersupport.HerCorrectionsWallTest.WALL_COLUMNS);
    tested.addAll(org.tandem.consent.ConsentWallTest.WALL_COLUMNS);
    tested.addAll(org.tandem.subjectaccess.SubjectAccessWallTest.WALL_COLUMNS);
    tested.addAll(org.tandem.partnersupport.EqualityWallTest.WALL_COLUMNS);
    assertThat(wall)
        .as("[wall] columns in the schema, against the wall tests' columns")
        .containsExactlyInAnyOrderElementsOf(tested);
  }
}
