package org.tandem.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The database floor, measured in the same run as the load: each captured read's statements,
 * replayed over one JDBC connection against the same database while the practitioners work, every
 * row read, in a transaction rolled back afterwards (so a read's audit line is timed but not kept).
 * What is left above it in a page's time is Tandem's own work.
 */
final class DatabaseFloor implements Runnable {

  private final List<SqlCapture.Sample> samples;
  private final Map<String, List<Long>> micros = new LinkedHashMap<>();
  private volatile boolean running = true;
  private volatile Exception failure;

  DatabaseFloor(List<SqlCapture.Sample> samples) {
    this.samples = samples;
  }

  @Override
  public void run() {
    try (Connection c = Bench.database()) {
      c.setAutoCommit(false);
      while (running) {
        for (SqlCapture.Sample s : samples) {
          if (!running) {
            break;
          }
          long started = System.nanoTime();
          replay(c, s.statements());
          long took = (System.nanoTime() - started) / 1_000;
          c.rollback();
          synchronized (micros) {
            micros.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(took);
          }
          // At a practitioner's pace, so the floor measures the database under the load
          // rather than adding a load of its own.
          Thread.sleep(100);
        }
      }
    } catch (Exception e) {
      failure = e;
    }
  }

  void stop() {
    running = false;
  }

  Exception failure() {
    return failure;
  }

  Map<String, List<Long>> micros() {
    synchronized (micros) {
      return new LinkedHashMap<>(micros);
    }
  }

  /**
   * Runs a request's statements in order. Consecutive inserts (a list's audit lines) go as one JDBC
   * batch, as Tandem sends them.
   */
  private static void replay(Connection c, List<String> statements) throws SQLException {
    List<String> inserts = new ArrayList<>();
    for (String sql : statements) {
      if (sql.startsWith("INSERT")) {
        inserts.add(sql);
        continue;
      }
      batch(c, inserts);
      execute(c, sql);
    }
    batch(c, inserts);
  }

  private static void batch(Connection c, List<String> inserts) throws SQLException {
    if (inserts.isEmpty()) {
      return;
    }
    try (Statement st = c.createStatement()) {
      for (String sql : inserts) {
        st.addBatch(sql);
      }
      st.executeBatch();
    }
    inserts.clear();
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      boolean rows = st.execute(sql);
      while (true) {
        if (rows) {
          try (ResultSet rs = st.getResultSet()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              for (int i = 1; i <= columns; i++) {
                rs.getObject(i);
              }
            }
          }
        } else if (st.getUpdateCount() == -1) {
          break;
        }
        rows = st.getMoreResults();
      }
    }
  }
}
