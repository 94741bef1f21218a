package org.tandem.generator.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Makes the whole history: the areas, then the families a batch at a time, then the sequences. */
public final class Generation {

  /** The history runs over these four years; fixed, so a seed always makes the same history. */
  public static final LocalDate END = LocalDate.of(2026, 11, 30);

  public static final LocalDate START = END.minusYears(4);

  private static final int BATCH = 1_000;

  private Generation() {}

  /** Generates the families and returns the rows written to each table. */
  public static Map<String, Long> run(
      DataSource dataSource, int families, long seed, Consumer<String> progress)
      throws SQLException, IOException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      Tables t = null;
      try {
        refuseASecondHistory(c);
        t = new Tables(c);
        GroupOpening opening = new GroupOpening(t, defaultCurriculum(c));
        AreaPlan areas = new AreaPlan(t, opening, families, START, END);
        GroupPlace groups = new GroupPlace(t, opening, curriculumSessions(c), START, END);
        CaseHistory cases = new CaseHistory(groups, new WomensGroups(t, opening, START, END));
        t.flush();
        progress.accept("areas: " + AreaPlan.AREAS + " areas, " + t.group.written() + " groups");
        SplittableRandom root = new SplittableRandom(seed);
        for (int f = 0; f < families; f++) {
          SplittableRandom r = root.split();
          int area = areas.pickArea(r);
          cases.family(r, t, areas.place(area), areas.nextReference(area), START, END);
          if ((f + 1) % BATCH == 0 || f + 1 == families) {
            if (f + 1 == families) {
              t.flush();
            } else {
              t.flushInBackground();
            }
            progress.accept(line(f + 1, families, t));
          }
        }
        areas.finish(c);
        t.advanceIdentities();
        Workers.create(c, progress);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (CopyTable table : t.all()) {
          counts.put(table.name(), table.written());
        }
        counts.put("risk_alert", Alerts.raise(c, END));
        c.commit();
        settle(c, progress);
        return counts;
      } catch (SQLException | IOException | RuntimeException e) {
        if (t != null) {
          t.awaitQuietly();
        }
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    }
  }

  private static String line(int done, int families, Tables t) {
    int width = 30;
    int filled = (int) ((long) done * width / families);
    return "["
        + "#".repeat(filled)
        + " ".repeat(width - filled)
        + "] "
        + done
        + "/"
        + families
        + " families, "
        + t.partner.written()
        + " partners, "
        + t.child.written()
        + " children, "
        + t.attendance.written()
        + " attendance, "
        + t.audit.written()
        + " audit";
  }

  private static void refuseASecondHistory(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("SELECT count(*) FROM area WHERE code LIKE ? || '%'")) {
      s.setString(1, AreaPlan.CODE_PREFIX);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getLong(1) > 0) {
          throw new IllegalStateException(
              "This database already holds a generated history (areas "
                  + AreaPlan.CODE_PREFIX
                  + "AA and on); generate into an empty database.");
        }
      }
    }
  }

  private static long defaultCurriculum(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM curriculum WHERE is_default");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("No default curriculum: the migrations have not run.");
      }
      return rs.getLong(1);
    }
  }

  private static List<Long> curriculumSessions(Connection c) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT s.id FROM curriculum_session s JOIN curriculum c ON c.id = s.curriculum_id"
                    + " WHERE c.is_default ORDER BY s.position");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  /**
   * What autovacuum would do in its own time after millions of rows: statistics for the planner,
   * and the visibility map that lets an index answer alone. Without it the first hours of a new
   * history are planned blind.
   */
  private static void settle(Connection c, Consumer<String> progress) {
    progress.accept("settling: VACUUM ANALYZE");
    try (var statement = c.createStatement()) {
      c.setAutoCommit(true);
      statement.execute("VACUUM ANALYZE");
    } catch (SQLException e) {
      // The history is written and committed; autovacuum will do this in its own time.
      progress.accept("settling skipped: " + e.getMessage());
    }
  }
}
