package org.tandem.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;

/** The in-process PostgreSQL, if one was started, and a pooled connection to it. */
final class EmbeddedDatabase implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private HikariDataSource pool;

  EmbeddedDatabase(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedDatabase none() {
    return new EmbeddedDatabase(null);
  }

  synchronized DataSource dataSource() {
    if (pool == null) {
      pool = new HikariDataSource();
      pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      pool.setUsername("postgres");
      pool.setPoolName("tandem-embedded");
      pool.setMaximumPoolSize(10);
      sendBatchesAsOneStatement(pool);
    }
    return pool;
  }

  /**
   * A batch of inserts (the audit lines of a list: one per case shown) goes to PostgreSQL as one
   * multi-row statement rather than one statement per row, which made the audit most of the work of
   * a caseload page.
   */
  static void sendBatchesAsOneStatement(HikariDataSource pool) {
    pool.addDataSourceProperty("reWriteBatchedInserts", "true");
  }

  @Override
  public synchronized void close() throws IOException {
    if (pool != null) {
      pool.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }
}
