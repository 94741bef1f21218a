package org.tandem.backup;

import java.util.Arrays;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Tandem's schema as this build knows it: the same Flyway migrations the application runs at start,
 * so a restore makes the schema the backup was taken from, table for table.
 */
final class Migrations {

  private final DataSource dataSource;

  Migrations(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The newest schema version this build can make. */
  String newestKnown() {
    return Arrays.stream(flyway(null).info().all())
        .map(MigrationInfo::getVersion)
        .filter(Objects::nonNull)
        .max(MigrationVersion::compareTo)
        .map(MigrationVersion::getVersion)
        .orElseThrow();
  }

  /** Brings the schema up to this version and no further. */
  void migrateTo(String version) {
    flyway(version).migrate();
  }

  static int compare(String one, String other) {
    return MigrationVersion.fromVersion(one).compareTo(MigrationVersion.fromVersion(other));
  }

  private Flyway flyway(String target) {
    var configuration =
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration");
    if (target != null) {
      configuration.target(target);
    }
    return configuration.load();
  }
}
