package org.tandem.backup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A database of a test's own beside the shared test database, on the same PostgreSQL server: what a
 * backup is restored into, then dropped. Also the fingerprint of a database: each table's rows, as
 * text, in order, hashed.
 */
final class OtherDatabase implements AutoCloseable {

  private final JdbcClient shared;
  private final String name;
  private final String url;
  final DataSource dataSource;

  private OtherDatabase(JdbcClient shared, String name, String url) {
    this.shared = shared;
    this.name = name;
    this.url = url;
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser("postgres");
    this.dataSource = ds;
  }

  static OtherDatabase create(DataSource sharedDataSource) throws SQLException {
    String name = "backup_test_" + System.nanoTime();
    String sharedUrl;
    try (Connection connection = sharedDataSource.getConnection()) {
      sharedUrl = connection.getMetaData().getURL();
    }
    JdbcClient shared = JdbcClient.create(sharedDataSource);
    shared.sql("CREATE DATABASE " + name).update();
    return new OtherDatabase(
        shared, name, sharedUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1"));
  }

  String url() {
    return url;
  }

  JdbcClient jdbc() {
    return JdbcClient.create(dataSource);
  }

  /** Each table of the public schema and an MD5 of all its rows as text, in order. */
  static Map<String, String> fingerprints(DataSource dataSource) {
    JdbcClient jdbc = JdbcClient.create(dataSource);
    List<String> tables =
        jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            .query(String.class)
            .list();
    Map<String, String> fingerprints = new TreeMap<>();
    for (String table : tables) {
      fingerprints.put(
          table,
          jdbc.sql(
                  "SELECT count(*) || ':' || md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) FROM "
                      + Catalogue.quote(table)
                      + " x")
              .query(String.class)
              .single());
    }
    return fingerprints;
  }

  @Override
  public void close() {
    shared.sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
  }
}
