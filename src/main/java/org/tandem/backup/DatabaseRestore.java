package org.tandem.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Restores a backup: into an empty database, or with {@code replace} over one that holds data,
 * after saying what it wipes. The file is checked whole first; the schema is made by this build's
 * own migrations up to the backup's version; then every table is emptied and loaded, read back and
 * compared with the manifest, its foreign keys checked and its sequences set, in one transaction,
 * so a restore that fails leaves the database as it was.
 */
final class DatabaseRestore {

  static final String NEEDS_REPLICA_ROLE =
      "Restoring loads every table with its triggers and foreign-key checks off"
          + " (session_replication_role = replica), which PostgreSQL allows a superuser, or on"
          + " PostgreSQL 15 or newer a user granted it by a superuser with:"
          + " GRANT SET ON PARAMETER session_replication_role TO <the database user>;";

  private final DataSource dataSource;
  private final Migrations migrations;

  DatabaseRestore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.migrations = new Migrations(dataSource);
  }

  /** Restores the file and returns its manifest; tells {@code say} what it is doing. */
  Manifest restore(Path file, boolean replace, Consumer<String> say) {
    try (BackupArchive archive = BackupArchive.open(file)) {
      Manifest manifest = archive.manifest();
      say.accept(
          "Checking %s: schema version %s, taken %s, %d tables"
              .formatted(
                  file, manifest.schemaVersion(), manifest.takenAt(), manifest.tables().size()));
      archive.verify();
      String newest = migrations.newestKnown();
      if (Migrations.compare(manifest.schemaVersion(), newest) > 0) {
        throw new BackupException(
            "This backup is of schema version %s, from a newer Tandem than this one (which knows up to %s). Restore it with that version of Tandem or a later one."
                .formatted(manifest.schemaVersion(), newest));
      }
      boolean madeSchema = prepareSchema(manifest.schemaVersion(), replace, say);
      try {
        load(archive, manifest);
      } catch (RuntimeException e) {
        if (madeSchema) {
          SchemaUndo.dropWhatMigrationsMade(dataSource);
        }
        throw e;
      }
      return manifest;
    } catch (IOException e) {
      throw new BackupException("Could not read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Checks what the database holds and makes its schema; true when it made it from nothing. */
  private boolean prepareSchema(String version, boolean replace, Consumer<String> say) {
    String current;
    Map<String, Long> held;
    try (Connection connection = dataSource.getConnection()) {
      Catalogue catalogue = new Catalogue(connection);
      checkReplicaRole(connection, catalogue);
      boolean anyTables = !catalogue.tables().isEmpty();
      current = catalogue.schemaVersion();
      if (anyTables && current == null) {
        throw new BackupException(
            "The database holds tables that are not a Tandem schema; restore into an empty database.");
      }
      held = catalogue.rowsHeld();
    } catch (SQLException e) {
      throw new BackupException("Could not read the database: " + e.getMessage(), e);
    }
    if (current != null && Migrations.compare(current, version) > 0) {
      throw new BackupException(
          "The database is at schema version %s, newer than the backup's %s. Restore into an empty database (a new one, or this one after its schema is dropped)."
              .formatted(current, version));
    }
    if (!held.isEmpty()) {
      long rows = held.values().stream().mapToLong(Long::longValue).sum();
      String what =
          "The database already holds %,d rows in %d tables (%s)"
              .formatted(rows, held.size(), summary(held));
      if (!replace) {
        throw new BackupException(
            what
                + ". Restoring would wipe all of it. To replace it, run the restore again with --replace.");
      }
      say.accept(what + ": all of it is being replaced by the backup.");
    }
    if (current == null || Migrations.compare(current, version) < 0) {
      say.accept("Making the schema up to version " + version);
      migrations.migrateTo(version);
    }
    return current == null;
  }

  private static void checkReplicaRole(Connection connection, Catalogue catalogue)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      catalogue.execute("SET LOCAL session_replication_role = replica");
    } catch (SQLException e) {
      throw new BackupException(NEEDS_REPLICA_ROLE + " (" + e.getMessage() + ")", e);
    } finally {
      connection.rollback();
    }
  }

  private void load(BackupArchive archive, Manifest manifest) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        new TableLoad(connection, archive).load(manifest);
        connection.commit();
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException | IOException | RuntimeException e) {
      throw new BackupException(
          "The restore failed and was undone; the database is as it was before. " + e.getMessage(),
          e);
    }
  }

  private static String summary(Map<String, Long> held) {
    return held.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
            .limit(5)
            .map(e -> "%s %,d".formatted(e.getKey(), e.getValue()))
            .reduce((a, b) -> a + ", " + b)
            .orElse("")
        + (held.size() > 5 ? ", ..." : "");
  }
}
