package org.tandem.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;

/**
 * A backup that is truncated, damaged, from a newer Tandem, or whose rows cannot be loaded is
 * refused with a message saying so, and the database it was to be restored into is left as it was:
 * an empty one empty, a full one with every row it held.
 */
class BackupDamageTest extends TandemTest {

  @Autowired DataSource dataSource;
  @TempDir Path dir;

  @Test
  void aTruncatedDamagedOrNewerFileIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
    Path good = dir.resolve("good.backup");
    new DatabaseBackup(dataSource).writeTo(good, (table, rows) -> {});
    byte[] bytes = Files.readAllBytes(good);
    Path truncated = dir.resolve("truncated.backup");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length * 3 / 5));
    Path flipped = dir.resolve("flipped.backup");
    byte[] damaged = bytes.clone();
    for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
      damaged[i] ^= 0x5a;
    }
    Files.write(flipped, damaged);
    Path edited =
        rewrite(
            good, "edited.backup", "data/area.tsv", data -> data.replaceFirst("\t", "\tx"), false);
    Path newer =
        rewrite(
            good,
            "newer.backup",
            "manifest.json",
            m ->
                m.replaceFirst(
                    "\"schemaVersion\"\\s*:\\s*\"[^\"]*\"", "\"schemaVersion\": \"9999\""),
            false);

    try (OtherDatabase empty = OtherDatabase.create(dataSource)) {
      DatabaseRestore restore = new DatabaseRestore(empty.dataSource);
      assertThatThrownBy(() -> restore.restore(truncated, false, line -> {}))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("cannot be restored")
          .hasMessageContaining("Nothing in the database was changed");
      assertThatThrownBy(() -> restore.restore(flipped, false, line -> {}))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("cannot be restored");
      assertThatThrownBy(() -> restore.restore(edited, false, line -> {}))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("the data of table area does not match its checksum");
      assertThatThrownBy(() -> restore.restore(newer, false, line -> {}))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("schema version 9999, from a newer Tandem");
      assertThatThrownBy(() -> restore.restore(dir.resolve("none.backup"), false, line -> {}))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("There is no backup file");
      assertThat(OtherDatabase.fingerprints(empty.dataSource)).isEmpty();
    }
  }

  @Test
  void aRestoreThatFailsPartWayIsUndoneWhole() throws Exception {
    Path good = dir.resolve("good.backup");
    new DatabaseBackup(dataSource).writeTo(good, (table, rows) -> {});
    // Whole and true to its manifest, but its rows cannot all be loaded: the last area is there
    // twice, which its primary key refuses once the tables before it have been loaded.
    Path twice =
        rewrite(
            good,
            "twice.backup",
            "data/area.tsv",
            data -> data + data.substring(data.lastIndexOf('\n', data.length() - 2) + 1),
            true);

    try (OtherDatabase database = OtherDatabase.create(dataSource)) {
      DatabaseRestore restore = new DatabaseRestore(database.dataSource);
      assertThatThrownBy(() -> restore.restore(twice, false, line -> {}))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("undone")
          .hasMessageContaining("area");
      assertThat(OtherDatabase.fingerprints(database.dataSource)).isEmpty();

      restore.restore(good, false, line -> {});
      Map<String, String> restored = OtherDatabase.fingerprints(database.dataSource);
      assertThatThrownBy(() -> restore.restore(twice, true, line -> {}))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("undone");
      assertThat(OtherDatabase.fingerprints(database.dataSource)).isEqualTo(restored);
    }
  }

  /**
   * A copy of the backup with one entry changed; with {@code fixManifest} the manifest is made to
   * match, so only the database can find the fault.
   */
  private Path rewrite(
      Path from, String name, String entry, UnaryOperator<String> change, boolean fixManifest)
      throws Exception {
    Path to = dir.resolve(name);
    Manifest manifest;
    try (BackupArchive archive = BackupArchive.open(from)) {
      manifest = archive.manifest();
    }
    try (ZipFile in = new ZipFile(from.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
      for (ZipEntry e : in.stream().toList()) {
        byte[] data;
        try (InputStream stream = in.getInputStream(e)) {
          data = stream.readAllBytes();
        }
        if (e.getName().equals(entry)) {
          data =
              change
                  .apply(new String(data, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
          if (fixManifest) {
            manifest = withData(manifest, entry, data);
          }
        }
        if (e.getName().equals("manifest.json") && fixManifest) {
          data = DatabaseBackup.JSON.writeValueAsBytes(manifest);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(data);
        out.closeEntry();
      }
    }
    return to;
  }

  private static Manifest withData(Manifest manifest, String entry, byte[] data) throws Exception {
    TableDigest digest = TableDigest.alone();
    try (OutputStream out = digest) {
      out.write(data);
    }
    List<Manifest.TableData> tables = new ArrayList<>();
    for (Manifest.TableData t : manifest.tables()) {
      tables.add(
          t.entry().equals(entry)
              ? new Manifest.TableData(t.name(), t.columns(), digest.rows(), digest.sha256())
              : t);
    }
    return new Manifest(
        manifest.format(),
        manifest.schemaVersion(),
        manifest.takenAt(),
        manifest.server(),
        tables,
        manifest.sequences(),
        manifest.leftOut());
  }
}
