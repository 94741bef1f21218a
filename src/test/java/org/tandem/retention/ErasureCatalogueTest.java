package org.tandem.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.referral.Family;

/**
 * The anonymiser's list of what to blank is complete: every text column of every table that holds a
 * case's data is either blanked or declared kept (a code, a reference, a staff username), read from
 * the schema itself, so a column added later fails this test until it is declared. And the notes,
 * which the database refuses to change, can be blanked by the anonymiser and by nothing else.
 */
class ErasureCatalogueTest extends TandemTest {

  private static final Set<String> TEXT_TYPES =
      Set.of("text", "character varying", "character", "jsonb", "json", "bytea", "ARRAY");

  /**
   * The tables that hold a case's data: those with a foreign key to the case, or to such a table,
   * however deep, and any with a column naming a case.
   */
  private Set<String> caseTables() {
    return new TreeSet<>(
        jdbc.sql(
                """
                WITH RECURSIVE links AS (
                  SELECT conrelid::regclass::text AS child, confrelid::regclass::text AS parent
                  FROM pg_constraint WHERE contype = 'f'
                ), of_case(name) AS (
                  SELECT 'referral'
                  UNION
                  SELECT l.child FROM links l JOIN of_case o ON o.name = l.parent
                )
                SELECT name FROM of_case
                UNION
                SELECT c.table_name FROM information_schema.columns c
                JOIN information_schema.tables t
                  ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND c.column_name IN ('referral_id', 'other_referral_id')
                """)
            .query(String.class)
            .list());
  }

  private Map<String, Set<String>> textColumns() {
    Map<String, Set<String>> columns = new TreeMap<>();
    jdbc.sql(
            """
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema()
            """)
        .query(
            rs -> {
              if (TEXT_TYPES.contains(rs.getString(3))) {
                columns.computeIfAbsent(rs.getString(1), t -> new TreeSet<>()).add(rs.getString(2));
              }
            });
    return columns;
  }

  @Test
  void everyTextColumnOfEveryCaseTableIsBlankedOrDeclaredKept() {
    Set<String> caseTables = caseTables();
    assertThat(caseTables)
        .as("the schema's case tables are found")
        .contains("referral", "partner", "child", "case_note_amendment", "attendance");
    Map<String, ErasureCatalogue.CaseTable> declared =
        ErasureCatalogue.TABLES.stream()
            .collect(Collectors.toMap(ErasureCatalogue.CaseTable::name, t -> t));
    Map<String, Set<String>> text = textColumns();
    List<String> undeclared = new ArrayList<>();
    for (String table : caseTables) {
      ErasureCatalogue.CaseTable entry = declared.get(table);
      if (entry != null && entry.deleted()) {
        continue; // its rows go whole
      }
      for (String column : text.getOrDefault(table, Set.of())) {
        if (entry == null || !(entry.blanked().contains(column) || entry.kept().contains(column))) {
          undeclared.add(table + "." + column);
        }
      }
    }
    assertThat(undeclared)
        .as(
            "text columns of case tables that ErasureCatalogue neither blanks nor keeps: declare"
                + " each, blanked if it can hold anything about a person")
        .isEmpty();

    List<String> stale = new ArrayList<>();
    for (ErasureCatalogue.CaseTable entry : ErasureCatalogue.TABLES) {
      Set<String> both = new HashSet<>(entry.blanked());
      both.retainAll(entry.kept());
      assertThat(both).as(entry.name() + ": blanked and kept at once").isEmpty();
      for (String column : union(entry.blanked(), entry.kept())) {
        if (!text.getOrDefault(entry.name(), Set.of()).contains(column)) {
          stale.add(entry.name() + "." + column);
        }
      }
    }
    assertThat(stale).as("declared columns that are not text columns of the schema").isEmpty();
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  @Test
  void aNoteIsStillNeverChangedExceptByTheAnonymiserBlankingItsText() {
    TestArea area = newArea();
    Family family = newFamily(area);
    long referral =
        jdbc.sql("SELECT id FROM referral WHERE reference = :r")
            .param("r", family.reference())
            .query(Long.class)
            .single();
    long note =
        jdbc.sql(
                """
                INSERT INTO case_note (referral_id, kind, happened_on, body, restricted,
                  recorded_by, recorded_at)
                VALUES (:r, 'CONTACT', current_date, 'Invented note', false, 'test', now())
                RETURNING id
                """)
            .param("r", referral)
            .query(Long.class)
            .single();

    assertThatThrownBy(() -> update("body = 'Changed'", note))
        .hasStackTraceContaining("never changed");
    assertThatThrownBy(() -> update("body = 'Changed', anonymised = TRUE", note))
        .as("marked anonymised, but its text not blanked")
        .hasStackTraceContaining("never changed");
    assertThatThrownBy(
            () -> update("body = '[anonymised]', anonymised = TRUE, kind = 'MANAGER'", note))
        .as("blanked, but a coded fact changed too")
        .hasStackTraceContaining("never changed");

    update("body = '[anonymised]', anonymised = TRUE", note);
    assertThatThrownBy(() -> update("body = 'Back again', anonymised = FALSE", note))
        .as("an anonymised note stays so")
        .hasStackTraceContaining("never changed");
  }

  private void update(String set, long note) {
    jdbc.sql("UPDATE case_note SET " + set + " WHERE id = :id").param("id", note).update();
  }
}
