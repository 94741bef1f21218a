package org.tandem.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database on one connection holds, read from PostgreSQL's own catalogue: the tables of
 * the public schema and their columns, its sequences, its foreign keys and Tandem's schema version.
 * Each is one query, whatever the number of tables.
 */
final class Catalogue {

  /**
   * Sessions are left out of every backup: a session id is as good as a signed-in person, so a
   * backup holding them would let whoever reads it act as whoever was signed in. After a restore
   * everyone signs in again.
   */
  static final Set<String> LEFT_OUT = Set.of("spring_session", "spring_session_attributes");

  private final Connection connection;

  Catalogue(Connection connection) {
    this.connection = connection;
  }

  /** Every ordinary table of the public schema, by name, with the columns a COPY carries. */
  Map<String, List<String>> tables() throws SQLException {
    // Generated columns are computed again on loading; a COPY may not write them.
    Map<String, List<String>> tables = new LinkedHashMap<>();
    query(
        """
        SELECT c.relname, a.attname
          FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace
          JOIN pg_attribute a ON a.attrelid = c.oid
         WHERE n.nspname = 'public' AND c.relkind = 'r'
           AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
         ORDER BY c.relname, a.attnum
        """,
        row ->
            tables.computeIfAbsent(row.getString(1), t -> new ArrayList<>()).add(row.getString(2)));
    return tables;
  }

  /** Every sequence of the public schema as it stands now (sequences are outside transactions). */
  List<Manifest.SequenceValue> sequences() throws SQLException {
    List<Manifest.SequenceValue> sequences = new ArrayList<>();
    query(
        """
        SELECT sequencename, coalesce(last_value, start_value), last_value IS NOT NULL
          FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename
        """,
        row ->
            sequences.add(
                new Manifest.SequenceValue(row.getString(1), row.getLong(2), row.getBoolean(3))));
    return sequences;
  }

  /**
   * Each sequence that hands out a column's ids (identity or serial), with its table and column.
   */
  List<String[]> ownedSequences() throws SQLException {
    List<String[]> owned = new ArrayList<>();
    query(
        """
        SELECT s.relname, t.relname, a.attname
          FROM pg_class s
          JOIN pg_namespace n ON n.oid = s.relnamespace
          JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
                          AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
          JOIN pg_class t ON t.oid = d.refobjid
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
         WHERE s.relkind = 'S' AND n.nspname = 'public'
         ORDER BY s.relname
        """,
        row -> owned.add(new String[] {row.getString(1), row.getString(2), row.getString(3)}));
    return owned;
  }

  /**
   * For each foreign key of the public schema, a query counting the rows that break it (a value
   * with no row to refer to), honouring MATCH SIMPLE: a row with a null in the key breaks nothing.
   */
  List<String> foreignKeyBreaches() throws SQLException {
    List<String> checks = new ArrayList<>();
    query(
        """
        SELECT c.conname, c.conrelid::regclass::text, c.confrelid::regclass::text,
               (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n),
               (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n)
          FROM pg_constraint c
         WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
         ORDER BY c.conname
        """,
        row -> {
          String[] from = (String[]) row.getArray(4).getArray();
          String[] to = (String[]) row.getArray(5).getArray();
          StringBuilder notNull = new StringBuilder();
          StringBuilder match = new StringBuilder();
          for (int i = 0; i < from.length; i++) {
            notNull.append(" AND c.").append(quote(from[i])).append(" IS NOT NULL");
            match.append(i == 0 ? "" : " AND ");
            match.append("p.").append(quote(to[i])).append(" = c.").append(quote(from[i]));
          }
          checks.add(
              "SELECT '%s', count(*) FROM %s c WHERE true%s AND NOT EXISTS (SELECT 1 FROM %s p WHERE %s)"
                  .formatted(
                      row.getString(1).replace("'", "''"),
                      row.getString(2),
                      notNull,
                      row.getString(3),
                      match));
        });
    return checks;
  }

  /** Tandem's schema version: the last migration Flyway applied, or null on a database without. */
  String schemaVersion() throws SQLException {
    if (!tables().containsKey("flyway_schema_history")) {
      return null;
    }
    List<String> versions = new ArrayList<>();
    query(
        """
        SELECT version FROM flyway_schema_history
         WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1
        """,
        row -> versions.add(row.getString(1)));
    return versions.isEmpty() ? null : versions.get(0);
  }

  /** The tables that hold rows, with how many: what a restore with --replace would wipe. */
  Map<String, Long> rowsHeld() throws SQLException {
    Map<String, Long> held = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(tables().keySet());
    if (names.isEmpty()) {
      return held;
    }
    StringBuilder sql = new StringBuilder();
    for (String name : names) {
      sql.append(sql.isEmpty() ? "" : " UNION ALL ")
          .append("SELECT '")
          .append(name)
          .append("', count(*) FROM ")
          .append(quote(name));
    }
    query(
        sql.toString(),
        row -> {
          if (row.getLong(2) > 0 && !row.getString(1).equals("flyway_schema_history")) {
            held.put(row.getString(1), row.getLong(2));
          }
        });
    return held;
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  interface Row {
    void read(ResultSet row) throws SQLException;
  }

  void query(String sql, Row each) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        each.read(rows);
      }
    }
  }

  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
