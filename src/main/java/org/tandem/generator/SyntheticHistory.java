package org.tandem.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.tandem.generator.internal.Generation;

/**
 * A national-scale synthetic history: invented families spread over 150 invented areas, each case
 * taken through the journey as a real service's cases go, loaded with COPY. The same seed always
 * makes the same history in an empty database. The proportions used are in docs/generator.md.
 */
public final class SyntheticHistory {

  private SyntheticHistory() {}

  /**
   * Generates {@code families} families into the database, reporting progress a batch at a time,
   * and returns how many rows went into each table.
   */
  public static Map<String, Long> generate(
      DataSource dataSource, int families, long seed, Consumer<String> progress) {
    if (families < 1) {
      throw new IllegalArgumentException("families must be at least 1");
    }
    try {
      return Generation.run(dataSource, families, seed, progress);
    } catch (SQLException e) {
      throw new IllegalStateException("Generating the history failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
