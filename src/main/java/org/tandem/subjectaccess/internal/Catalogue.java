package org.tandem.subjectaccess.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The columns a bundle may take from a table, read from the schema's own catalogue comments rather
 * than listed here: so a column added behind the wall later can never reach his bundle, and an open
 * one reaches it without anyone remembering to add it. Links to other people's records (his case,
 * her record, a child, a user, an area), stored files and the locking version are never taken.
 */
@Component
class Catalogue {

  /** Which side of the wall a bundle may read. */
  enum Side {
    /** [open] columns only: what may go into his bundle or a child's. */
    OPEN,
    /** [open] and [wall] columns: her own record, for her bundle. */
    BOTH
  }

  private final JdbcClient jdbc;
  private final Map<String, List<String>> columns = new ConcurrentHashMap<>();

  Catalogue(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The table's columns a bundle takes, in the table's own order; the schema is fixed at run. */
  List<String> columns(String table, Side side) {
    return columns.computeIfAbsent(table + "/" + side, key -> read(table, side));
  }

  private List<String> read(String table, Side side) {
    List<String> found =
        jdbc.sql(
                """
                SELECT a.attname
                FROM pg_catalog.pg_class c
                JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
                WHERE n.nspname = 'public' AND c.relname = :table
                  AND a.attnum > 0 AND NOT a.attisdropped
                  AND (col_description(c.oid, a.attnum) LIKE '[open]%'
                       OR (:both AND col_description(c.oid, a.attnum) LIKE '[wall]%'))
                  AND a.attname <> 'version'
                  AND format_type(a.atttypid, a.atttypmod) <> 'bytea'
                  AND NOT EXISTS (
                    SELECT 1 FROM pg_catalog.pg_constraint f
                    WHERE f.conrelid = c.oid AND f.contype = 'f' AND a.attnum = ANY (f.conkey)
                      AND f.confrelid::regclass::text
                          IN ('referral', 'partner', 'child', 'app_user', 'area'))
                ORDER BY a.attnum
                """)
            .param("table", table)
            .param("both", side == Side.BOTH)
            .query(String.class)
            .list();
    if (found.isEmpty()) {
      throw new IllegalStateException("No catalogued columns for " + table);
    }
    return found;
  }
}
