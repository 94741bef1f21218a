package org.tandem.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The part of a restore inside its one transaction: empty every table, load each from the archive,
 * read each back and compare it with the manifest, check every foreign key, set the sequences. The
 * caller commits, or rolls back on the first failure.
 */
final class TableLoad {

  private final Connection connection;
  private final BackupArchive archive;
  private final Catalogue catalogue;
  private final CopyManager copy;

  TableLoad(Connection connection, BackupArchive archive) throws SQLException {
    this.connection = connection;
    this.archive = archive;
    this.catalogue = new Catalogue(connection);
    this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
  }

  void load(Manifest manifest) throws SQLException, IOException {
    // Replica: no trigger fires (the audit is append-only by trigger, and must be loaded as it
    // was, not re-stamped) and foreign keys are not checked row by row, so tables load in any
    // order; every key is checked once at the end instead. A reader of a table while it loads
    // must not start its scan part-way through, or it reads the rows in another order.
    catalogue.execute("SET LOCAL session_replication_role = replica");
    catalogue.execute("SET LOCAL synchronize_seqscans = off");
    Map<String, List<String>> present = catalogue.tables();
    for (Manifest.TableData table : manifest.tables()) {
      List<String> columns = present.get(table.name());
      if (columns == null || !new HashSet<>(columns).equals(new HashSet<>(table.columns()))) {
        throw new BackupException(
            "The schema at version %s has no table %s with the columns the backup holds."
                .formatted(manifest.schemaVersion(), table.name()));
      }
    }
    catalogue.execute(
        "TRUNCATE " + String.join(", ", present.keySet().stream().map(Catalogue::quote).toList()));
    for (Manifest.TableData table : manifest.tables()) {
      try (InputStream in = archive.data(table)) {
        copy.copyIn(
            "COPY "
                + Catalogue.quote(table.name())
                + DatabaseBackup.columnList(table.columns())
                + " FROM STDIN",
            in);
      }
    }
    readBack(manifest);
    checkForeignKeys();
    setSequences(manifest);
  }

  /** Each table read out again must be, byte for byte, what the backup held. */
  private void readBack(Manifest manifest) throws SQLException, IOException {
    for (Manifest.TableData table : manifest.tables()) {
      TableDigest digest = TableDigest.alone();
      copy.copyOut(DatabaseBackup.copyOut(table.name(), table.columns()), digest);
      if (digest.rows() != table.rows() || !digest.sha256().equals(table.sha256())) {
        throw new BackupException(
            "Table %s did not read back as it was backed up (%d rows, %d expected)."
                .formatted(table.name(), digest.rows(), table.rows()));
      }
    }
  }

  private void checkForeignKeys() throws SQLException {
    List<String> broken = new ArrayList<>();
    String checks = String.join(" UNION ALL ", catalogue.foreignKeyBreaches());
    if (checks.isEmpty()) {
      return;
    }
    catalogue.query(
        checks,
        row -> {
          if (row.getLong(2) > 0) {
            broken.add(row.getString(1) + " (" + row.getLong(2) + " rows)");
          }
        });
    if (!broken.isEmpty()) {
      throw new BackupException(
          "The backup's rows do not hold together: foreign keys broken: " + broken + ".");
    }
  }

  /**
   * Sequences go back to where they stood, and never below the largest id in their column, so no id
   * is handed out twice. Done last: a sequence is not undone by a rollback.
   */
  private void setSequences(Manifest manifest) throws SQLException {
    try (PreparedStatement set = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
      for (Manifest.SequenceValue sequence : manifest.sequences()) {
        set.setString(1, Catalogue.quote(sequence.name()));
        set.setLong(2, sequence.value());
        set.setBoolean(3, sequence.called());
        set.execute();
      }
    }
    for (String[] owned : catalogue.ownedSequences()) {
      String sequence = Catalogue.quote(owned[0]);
      catalogue.query(
          "SELECT setval('%s', m) FROM (SELECT max(%s) AS m FROM %s) x WHERE m > (SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END FROM %s)"
              .formatted(
                  sequence.replace("'", "''"),
                  Catalogue.quote(owned[2]),
                  Catalogue.quote(owned[1]),
                  sequence),
          row -> {});
    }
  }
}
