package org.tandem.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the whole database to one archive: every table of the public schema (sessions left out,
 * see {@link Catalogue#LEFT_OUT}) through PostgreSQL's COPY, in its text format, and the manifest.
 * All tables are read in one REPEATABLE READ transaction, so the backup is one moment of the
 * database even while people go on working: a case being referred is in it whole or not at all. The
 * data key is not in the database and so never in a backup.
 */
final class DatabaseBackup {

  /** Told of each table once it is written: the command prints it; a test may act in between. */
  interface Progress {
    void tableWritten(String table, long rows);
  }

  static final JsonMapper JSON = new JsonMapper();

  private final DataSource dataSource;

  DatabaseBackup(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Writes the backup to the file, which must not exist yet, and returns its manifest. */
  Manifest writeTo(Path file, Progress progress) {
    if (Files.exists(file)) {
      throw new BackupException(file + " already exists; give a new file name for the backup.");
    }
    // Written beside its final name and renamed at the end, so a backup that fails part-way never
    // leaves a file that looks like a backup.
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      Manifest manifest;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial));
          ZipOutputStream zip = new ZipOutputStream(out)) {
        manifest = write(connection, zip, progress);
        zip.putNextEntry(new ZipEntry("manifest.json"));
        zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
        zip.closeEntry();
      }
      connection.commit();
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      return manifest;
    } catch (SQLException e) {
      throw new BackupException("The backup failed reading the database: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new BackupException("The backup failed writing " + file + ": " + e.getMessage(), e);
    } finally {
      try {
        Files.deleteIfExists(partial);
      } catch (IOException ignored) {
        // Nothing more to do: the message above says what failed.
      }
    }
  }

  private static Manifest write(Connection connection, ZipOutputStream zip, Progress progress)
      throws SQLException, IOException {
    Catalogue catalogue = new Catalogue(connection);
    // The first query fixes the snapshot that every table below is read from.
    String version = catalogue.schemaVersion();
    if (version == null) {
      throw new BackupException("The database has no Tandem schema: there is nothing to back up.");
    }
    String[] when = new String[2];
    catalogue.query(
        "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), version()",
        row -> {
          when[0] = row.getString(1);
          when[1] = row.getString(2);
        });
    CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
    List<Manifest.TableData> tables = new ArrayList<>();
    for (Map.Entry<String, List<String>> table : catalogue.tables().entrySet()) {
      if (Catalogue.LEFT_OUT.contains(table.getKey())) {
        continue;
      }
      String name = table.getKey();
      zip.putNextEntry(new ZipEntry("data/" + name + ".tsv"));
      TableDigest digest = new TableDigest(zip);
      copy.copyOut(copyOut(name, table.getValue()), digest);
      zip.closeEntry();
      tables.add(new Manifest.TableData(name, table.getValue(), digest.rows(), digest.sha256()));
      progress.tableWritten(name, digest.rows());
    }
    return new Manifest(
        Manifest.FORMAT,
        version,
        when[0],
        when[1],
        tables,
        catalogue.sequences(),
        Catalogue.LEFT_OUT.stream().sorted().toList());
  }

  /** The COPY that reads a table's columns, in the order they are listed. */
  static String copyOut(String table, List<String> columns) {
    return "COPY " + Catalogue.quote(table) + columnList(columns) + " TO STDOUT";
  }

  static String columnList(List<String> columns) {
    return " (" + String.join(", ", columns.stream().map(Catalogue::quote).toList()) + ")";
  }
}
