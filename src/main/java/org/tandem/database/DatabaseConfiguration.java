package org.tandem.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: an external PostgreSQL when {@code TANDEM_DB_URL} is set, otherwise a real
 * PostgreSQL started in-process whose data lives under {@code ./data/} and survives restarts.
 * Either way it is PostgreSQL; there is no other engine to drift from.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  @Bean(destroyMethod = "")
  DataSource dataSource(
      @Value("${tandem.db.url:}") String url,
      @Value("${tandem.db.user:}") String user,
      @Value("${tandem.db.password:}") String password,
      EmbeddedDatabase embedded) {
    if (StringUtils.hasText(url)) {
      var hikari = new com.zaxxer.hikari.HikariDataSource();
      hikari.setJdbcUrl(url);
      hikari.setUsername(user);
      hikari.setPassword(password);
      hikari.setPoolName("tandem");
      EmbeddedDatabase.sendBatchesAsOneStatement(hikari);
      log.info("Using the external PostgreSQL database configured by TANDEM_DB_URL");
      return hikari;
    }
    return embedded.dataSource();
  }

  /**
   * On an external PostgreSQL with two users (docs/deploy.md), the migrations run as the user that
   * owns the schema, while Tandem itself connects as one that may not change the audit trail.
   */
  @Bean
  FlywayConfigurationCustomizer migrationUser(
      @Value("${tandem.db.url:}") String url,
      @Value("${tandem.db.migration-user:}") String user,
      @Value("${tandem.db.migration-password:}") String password) {
    return flyway -> {
      if (StringUtils.hasText(url) && StringUtils.hasText(user)) {
        flyway.dataSource(url, user, password);
        log.info("Migrating the schema as the database user {}", user);
      }
    };
  }

  @Bean(destroyMethod = "close")
  EmbeddedDatabase embeddedDatabase(
      @Value("${tandem.db.url:}") String url,
      @Value("${tandem.data-dir:./data}") String dataDir,
      @Value("${tandem.db.embedded.clean:false}") boolean clean)
      throws IOException {
    if (StringUtils.hasText(url)) {
      return EmbeddedDatabase.none();
    }
    Path directory = Path.of(dataDir, "postgres").toAbsolutePath().normalize();
    Files.createDirectories(directory.getParent());
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(directory)
            .setCleanDataDirectory(clean)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("timezone", "UTC")
            // The library turns synchronous commit off for speed in throwaway test databases;
            // data that must survive a crash needs it on.
            .setServerConfig("synchronous_commit", clean ? "off" : "on")
            // Planner and memory settings for a database on a local disk that mostly fits in
            // memory, as PostgreSQL's own tuning advice gives (the defaults assume spinning disks
            // and a tiny machine): index lookups are nearly as cheap as reading in order, and a
            // national export sorts 100,000 rows in memory. docs/deploy.md gives the same for an
            // external server.
            .setServerConfig("random_page_cost", "1.1")
            .setServerConfig("shared_buffers", "256MB")
            .setServerConfig("work_mem", "16MB")
            .start();
    log.info("Started the embedded PostgreSQL with its data in {}", directory);
    return new EmbeddedDatabase(postgres);
  }
}
