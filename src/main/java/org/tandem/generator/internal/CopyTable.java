package org.tandem.generator.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;

/**
 * Rows for one table, held as PostgreSQL COPY text until the batch is written. Values are written
 * as their {@code toString()}: ISO dates and instants, which PostgreSQL reads as they are.
 */
public final class CopyTable {

  private final String name;
  private final String columns;
  private final boolean hasId;
  private StringBuilder rows = new StringBuilder(1 << 16);
  private long nextId;
  private long written;

  CopyTable(String name, String columns, boolean hasId) {
    this.name = name;
    this.columns = columns;
    this.hasId = hasId;
  }

  public String name() {
    return name;
  }

  boolean hasId() {
    return hasId;
  }

  void startIdsAfter(long maxId) {
    nextId = maxId + 1;
  }

  /** Reserves the next id; the row that uses it must be added in the same batch. */
  public long nextId() {
    return nextId++;
  }

  /** Adds one row, its values in the order of the table's column list. */
  public void row(Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        rows.append('\t');
      }
      append(values[i]);
    }
    rows.append('\n');
    written++;
  }

  private void append(Object value) {
    if (value == null) {
      rows.append("\\N");
      return;
    }
    if (value instanceof Boolean b) {
      rows.append(b ? 't' : 'f');
      return;
    }
    String text = value.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> rows.append("\\\\");
        case '\t' -> rows.append("\\t");
        case '\n' -> rows.append("\\n");
        case '\r' -> rows.append("\\r");
        default -> rows.append(c);
      }
    }
  }

  /** The rows held so far, as COPY text, and an empty buffer for the next batch. */
  String take() {
    String text = rows.toString();
    rows = new StringBuilder(Math.max(1 << 16, text.length() + (text.length() >> 3)));
    return text;
  }

  void copy(CopyManager copy, String text) throws SQLException, IOException {
    if (!text.isEmpty()) {
      copy.copyIn("COPY " + name + " (" + columns + ") FROM STDIN", new StringReader(text));
    }
  }

  /** Rows added since the generator started. */
  public long written() {
    return written;
  }
}
