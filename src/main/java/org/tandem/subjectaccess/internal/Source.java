package org.tandem.subjectaccess.internal;

import java.util.List;
import java.util.Set;

/**
 * Where one section of a bundle comes from: a table (aliased {@code t}), the rest of the query that
 * keeps it to the case and the person ({@code :case}, {@code :person}), its order, and any of its
 * catalogued columns left out because they hold someone else's data.
 */
record Source(String key, String table, String from, String order, Set<String> leftOut) {

  Source(String key, String table, String from, String order) {
    this(key, table, from, order, Set.of());
  }

  /** The query for these columns, each taken as {@code t.column}. */
  String sql(List<String> columns) {
    return "SELECT "
        + String.join(", ", columns.stream().map(c -> "t." + c).toList())
        + " FROM "
        + table
        + " t "
        + from
        + " ORDER BY "
        + order;
  }
}
