package org.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.tandem.TandemApplication;
import org.tandem.TandemTest;
import org.tandem.TestClockConfiguration;
import org.tandem.TestData;

/**
 * The two database users of docs/deploy.md, made by the very SQL the guide gives
 * (src/main/resources/deploy/), on a database of their own in the test run's PostgreSQL: Tandem
 * migrates as the owner and runs as the application's user, which may add to the audit trail but is
 * refused changing, deleting or emptying it, or writing its hash chain.
 */
class DatabaseRolesTest extends TandemTest {

  private static final String DATABASE = "tandem_two_users";
  private static final String OWNER_PASSWORD = "owner-password-for-the-test";
  private static final String APP_PASSWORD = "app-password-for-the-test";

  @Autowired private DataSource dataSource;

  @AfterEach
  void dropTheDatabaseAndItsUsers() throws Exception {
    try (Connection admin = dataSource.getConnection();
        Statement s = admin.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("DROP ROLE IF EXISTS tandem_app");
      s.execute("DROP ROLE IF EXISTS tandem_owner");
    }
  }

  @Test
  void theApplicationsUserMayAppendToTheAuditTrailButNeverChangeIt() throws Exception {
    dropTheDatabaseAndItsUsers();
    String url = setUpAsTheGuideSays();

    try (ConfigurableApplicationContext app = start(url)) {
      assertThat(
              app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                  .sql("SELECT current_user")
                  .query(String.class)
                  .single())
          .isEqualTo("tandem_app");
      // Tandem migrated and loaded the demo as its two users; reading a case audits it.
      HttpResponse<String> read = get(app, TestData.token("manager"), "/api/v1/cases/NMR-0007");
      assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
      HttpResponse<String> verified = get(app, TestData.token("sysadmin"), "/api/v1/audit/verify");
      assertThat(verified.body()).contains("\"intact\":true");
    }

    assertThat(ownerOf(url, "audit_event")).isEqualTo("tandem_owner");
    assertThat(ownerOf(url, "referral")).isEqualTo("tandem_owner");
    refusedToTheApplication(url);

    // Run again on the database Tandem now uses, as the guide allows: still refused.
    runAsSuperuser(url, resource("deploy/database-privileges.sql"));
    refusedToTheApplication(url);
  }

  private void refusedToTheApplication(String url) throws SQLException {
    try (Connection app = DriverManager.getConnection(url, "tandem_app", APP_PASSWORD);
        Statement s = app.createStatement()) {
      assertThat(
              s.executeUpdate(
                  "INSERT INTO audit_event (username, action, what, channel)"
                      + " VALUES ('tess', 'READ', 'roles test', 'SYSTEM')"))
          .isEqualTo(1);
      assertThat(s.executeUpdate("UPDATE area SET name = name WHERE false")).isZero();
      for (String sql :
          new String[] {
            "UPDATE audit_event SET what = 'changed' WHERE what = 'roles test'",
            "DELETE FROM audit_event WHERE what = 'roles test'",
            "TRUNCATE audit_event",
            "INSERT INTO audit_chain (chain_seq, event_id, entry_hash) VALUES (0, 0, '\\x00')",
            "DELETE FROM audit_unsealed",
            // A quarterly report as sent is kept as it was signed off.
            "UPDATE sent_area_report SET notes = 'changed'",
            "DELETE FROM sent_area_report",
            "TRUNCATE sent_area_report",
            "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete"
          }) {
        assertThatThrownBy(() -> s.executeUpdate(sql))
            .as(sql)
            .isInstanceOf(SQLException.class)
            .satisfies(
                e -> {
                  String state = ((SQLException) e).getSQLState();
                  // 42501: permission denied; ALTER on a table it does not own says "must be
                  // owner".
                  assertThat(state).isEqualTo("42501");
                });
      }
      // The owner's sealing function still seals what the application wrote.
      try (var rs = s.executeQuery("SELECT audit_seal(1000), (audit_verify()).broken_at")) {
        rs.next();
        assertThat(rs.getInt(1)).isPositive();
      }
      try (var rs = s.executeQuery("SELECT (audit_verify()).broken_at IS NULL")) {
        rs.next();
        assertThat(rs.getBoolean(1)).as("the chain is whole").isTrue();
      }
    }
  }

  /** Step 1 on the server, step 2 on the new database: as docs/deploy.md says. */
  private String setUpAsTheGuideSays() throws Exception {
    String roles =
        resource("deploy/database-roles.sql")
            .replace("change-this-owner-password", OWNER_PASSWORD)
            .replace("change-this-app-password", APP_PASSWORD)
            .replace("CREATE DATABASE tandem ", "CREATE DATABASE " + DATABASE + " ");
    try (Connection admin = dataSource.getConnection();
        Statement s = admin.createStatement()) {
      // CREATE DATABASE may not share a transaction: one statement at a time.
      for (String statement : roles.replaceAll("(?m)^--.*$", "").split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
    String url = urlOf(DATABASE);
    runAsSuperuser(url, resource("deploy/database-privileges.sql"));
    return url;
  }

  private void runAsSuperuser(String url, String sql) throws SQLException {
    try (Connection admin = DriverManager.getConnection(url, "postgres", "");
        Statement s = admin.createStatement()) {
      s.execute(sql);
    }
  }

  private String urlOf(String database) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      // The embedded server's address names its user in the query, which would win over ours.
      String url = c.getMetaData().getURL();
      return url.replaceFirst("^(jdbc:postgresql://[^/]+)/.*$", "$1/" + database);
    }
  }

  private static String ownerOf(String url, String table) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "tandem_app", APP_PASSWORD);
        Statement s = c.createStatement();
        var rs =
            s.executeQuery(
                "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '"
                    + table
                    + "'::regclass")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String resource(String path) throws IOException {
    return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
  }

  private static ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(TandemApplication.class, TestClockConfiguration.class)
        .run(
            "--server.port=0",
            "--tandem.db.url=" + url,
            "--tandem.db.user=tandem_app",
            "--tandem.db.password=" + APP_PASSWORD,
            "--tandem.db.migration-user=tandem_owner",
            "--tandem.db.migration-password=" + OWNER_PASSWORD,
            "--tandem.demo=true",
            "--tandem.data-dir=target/two-users-data",
            "--spring.main.banner-mode=off");
  }

  private static HttpResponse<String> get(
      ConfigurableApplicationContext app, String token, String path)
      throws IOException, InterruptedException {
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
