package org.tandem.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A backup file opened for restoring. Opening reads its manifest; {@link #verify} reads every
 * table's data once through, checking its rows and SHA-256 against the manifest, so that a
 * truncated or damaged file is refused before anything in the database is touched.
 */
final class BackupArchive implements AutoCloseable {

  private final Path file;
  private final ZipFile zip;
  private final Manifest manifest;

  private BackupArchive(Path file, ZipFile zip, Manifest manifest) {
    this.file = file;
    this.zip = zip;
    this.manifest = manifest;
  }

  static BackupArchive open(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BackupException("There is no backup file " + file + ".");
    }
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (IOException e) {
      throw damaged(file, "it is not a complete archive (" + e.getMessage() + ")", e);
    }
    try {
      ZipEntry entry = zip.getEntry("manifest.json");
      if (entry == null) {
        throw damaged(file, "it has no manifest.json", null);
      }
      Manifest manifest;
      try (InputStream in = zip.getInputStream(entry)) {
        manifest = DatabaseBackup.JSON.readValue(in, Manifest.class);
      }
      if (!Manifest.FORMAT.equals(manifest.format())) {
        throw damaged(
            file, "its format is " + manifest.format() + ", not " + Manifest.FORMAT, null);
      }
      return new BackupArchive(file, zip, manifest);
    } catch (IOException | RuntimeException e) {
      closeQuietly(zip);
      throw e instanceof BackupException b
          ? b
          : damaged(file, "its manifest cannot be read (" + e.getMessage() + ")", e);
    }
  }

  Manifest manifest() {
    return manifest;
  }

  /** Reads every table's data through, refusing the file at the first table that is not whole. */
  void verify() {
    for (Manifest.TableData table : manifest.tables()) {
      TableDigest digest = TableDigest.alone();
      try (InputStream in = data(table)) {
        in.transferTo(digest);
      } catch (ZipException e) {
        throw damaged(file, "the data of table " + table.name() + " is corrupt", e);
      } catch (IOException e) {
        throw damaged(file, "the data of table " + table.name() + " cannot be read", e);
      }
      if (digest.rows() != table.rows() || !digest.sha256().equals(table.sha256())) {
        throw damaged(
            file, "the data of table " + table.name() + " does not match its checksum", null);
      }
    }
  }

  /** A table's data as COPY's text format, streamed from the archive. */
  InputStream data(Manifest.TableData table) throws IOException {
    ZipEntry entry = zip.getEntry(table.entry());
    if (entry == null) {
      throw damaged(file, "it has no data for table " + table.name(), null);
    }
    return zip.getInputStream(entry);
  }

  private static BackupException damaged(Path file, String why, Throwable cause) {
    return new BackupException(
        file + " cannot be restored: " + why + ". Nothing in the database was changed.", cause);
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException ignored) {
      // Already failing with a clearer message.
    }
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
