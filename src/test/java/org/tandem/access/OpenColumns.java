package org.tandem.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every column of the schema's tables and published views whose catalogue comment says it is on the
 * open side of the wall, and a search of them all for markers planted behind it. The wall tests use
 * it to prove that nothing from her record was copied to where other roles read.
 */
public final class OpenColumns {

  /** One open column, named as {@code table.column}. */
  public record Column(String table, String column) {
    @Override
    public String toString() {
      return table + "." + column;
    }
  }

  private OpenColumns() {}

  public static List<Column> all(JdbcClient jdbc) {
    return jdbc.sql(
            """
            SELECT c.relname, a.attname
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v')
              AND a.attnum > 0 AND NOT a.attisdropped
              AND col_description(c.oid, a.attnum) LIKE '[open]%'
            """)
        .query((rs, i) -> new Column(rs.getString(1), rs.getString(2)))
        .list();
  }

  /** The open columns in which any of these markers appears, case aside. */
  public static List<Column> holding(JdbcClient jdbc, Collection<String> markers) {
    String[] patterns = markers.stream().map(m -> "%" + m + "%").toArray(String[]::new);
    List<Column> holding = new ArrayList<>();
    for (Column c : all(jdbc)) {
      long count =
          jdbc.sql(
                  "SELECT count(*) FROM \""
                      + c.table()
                      + "\" WHERE \""
                      + c.column()
                      + "\"::text ILIKE ANY(:patterns)")
              .param("patterns", patterns)
              .query(Long.class)
              .single();
      if (count > 0) {
        holding.add(c);
      }
    }
    return holding;
  }
}
