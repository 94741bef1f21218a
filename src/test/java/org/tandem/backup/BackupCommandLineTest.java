package org.tandem.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.FileSystemUtils;
import org.tandem.TandemTest;

/**
 * The commands as a service runs them, on the embedded database in a data directory of their own:
 * restore into a new one, back it up again and get the same data; and a command line that cannot
 * work exits non-zero saying why.
 */
class BackupCommandLineTest extends TandemTest {

  private static final Path DATA_DIR = Path.of("target/backup-command-test-data");

  @Autowired DataSource dataSource;
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return BackupMain.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String said() {
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aBackupRestoredIntoANewEmbeddedDatabaseBacksUpTheSameAgain() {
    FileSystemUtils.deleteRecursively(DATA_DIR.toFile());
    Path taken = dir.resolve("taken.backup");
    new DatabaseBackup(dataSource).writeTo(taken, (table, rows) -> {});
    String embedded = "--tandem.data-dir=" + DATA_DIR;

    assertThat(run("restore", taken.toString(), embedded, "--tandem.db.url=")).as(said()).isZero();
    assertThat(said()).contains("Restored").contains("data key");

    Path again = dir.resolve("again.backup");
    assertThat(run("backup", again.toString(), embedded, "--tandem.db.url=")).as(said()).isZero();
    assertThat(BackupRestoreTest.checksums(again)).isEqualTo(BackupRestoreTest.checksums(taken));

    // Backing up over an existing file is refused; the file is left as it was.
    assertThat(run("backup", again.toString(), embedded, "--tandem.db.url=")).isEqualTo(1);
    assertThat(said()).contains("already exists");
    assertThat(BackupRestoreTest.checksums(again)).isEqualTo(BackupRestoreTest.checksums(taken));
    FileSystemUtils.deleteRecursively(DATA_DIR.toFile());
  }

  @Test
  void aCommandThatCannotWorkExitsNonZeroSayingWhy() {
    assertThat(run("backup")).isEqualTo(2);
    assertThat(said()).contains("Usage: java -jar tandem.jar backup FILE");
    assertThat(run("backup", "a.backup", "--replace")).isEqualTo(2);
    assertThat(
            run(
                "restore",
                dir.resolve("missing.backup").toString(),
                "--tandem.db.url=jdbc:postgresql://localhost:1/nowhere"))
        .isEqualTo(1);
    assertThat(said()).contains("There is no backup file");
  }
}
