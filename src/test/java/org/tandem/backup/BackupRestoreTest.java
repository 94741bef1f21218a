package org.tandem.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.encryption.FieldEncryption;
import org.tandem.referral.Family;

/**
 * A backup of the shared test database, restored into a database of the test's own, holds every
 * table's rows as they were, the audit row for row, and her sealed details still open with the key
 * (which is not in the backup). Backing up while a case is being referred gives one moment.
 */
class BackupRestoreTest extends TandemTest {

  @Autowired DataSource dataSource;
  @Autowired FieldEncryption fieldEncryption;
  @TempDir Path dir;

  @Test
  void aRestoredDatabaseHoldsEveryRowTheAuditAndHerSealedDetailsAsTheyWere() throws Exception {
    TestArea area = newArea();
    Family family = newFamily(area);
    String worker = area.token(Role.PERPETRATOR_WORKER);
    assertThat(
            apiPost(
                    worker,
                    "/api/v1/cases/" + family.reference() + "/notes",
                    """
                    {"kind": "THIRD_PARTY", "happenedOn": "%s", "text": "Invented: a note", "restricted": false}
                    """
                        .formatted(clock.today()))
                .statusCode())
        .isEqualTo(201);
    assertThat(apiGet(worker, "/api/v1/cases/" + family.reference()).statusCode()).isEqualTo(200);
    String herAddress = "Invented: 1 Lantern Wick Row " + System.nanoTime();
    long her = family.partners().get(0);
    jdbc.sql("UPDATE partner SET address = :sealed WHERE id = :id")
        .param("sealed", fieldEncryption.seal(herAddress))
        .param("id", her)
        .update();
    Path file = dir.resolve("tandem.backup");

    Manifest made = new DatabaseBackup(dataSource).writeTo(file, (table, rows) -> {});

    Map<String, String> before = OtherDatabase.fingerprints(dataSource);
    assertThat(made.schemaVersion()).isEqualTo(new Migrations(dataSource).newestKnown());
    assertThat(made.tables())
        .extracting(Manifest.TableData::name)
        .contains("flyway_schema_history", "audit_event", "partner", "case_note")
        .doesNotContainAnyElementsOf(Catalogue.LEFT_OUT);
    assertNoDataKeyIn(file);
    try (OtherDatabase restored = OtherDatabase.create(dataSource)) {
      new DatabaseRestore(restored.dataSource).restore(file, false, line -> {});

      Map<String, String> after = OtherDatabase.fingerprints(restored.dataSource);
      assertThat(after.keySet()).isEqualTo(before.keySet());
      for (String table : before.keySet()) {
        if (Catalogue.LEFT_OUT.contains(table)) {
          assertThat(after.get(table)).as(table).startsWith("0:");
        } else {
          assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
        }
      }
      String audit = "SELECT * FROM audit_event ORDER BY id";
      assertThat(restored.jdbc().sql(audit).query().listOfRows())
          .isEqualTo(jdbc.sql(audit).query().listOfRows());
      String sealed =
          restored
              .jdbc()
              .sql("SELECT address FROM partner WHERE id = :id")
              .param("id", her)
              .query(String.class)
              .single();
      assertThat(sealed).startsWith("enc:v1:").doesNotContain(herAddress);
      assertThat(fieldEncryption.open(sealed)).isEqualTo(herAddress);
      // Her id is never handed out again: the next id is past every restored one.
      long next =
          restored
              .jdbc()
              .sql("SELECT nextval(pg_get_serial_sequence('partner', 'id'))")
              .query(Long.class)
              .single();
      assertThat(next).isGreaterThan(her);

      // A second restore over what is now there is refused without --replace, and changes nothing.
      assertThatThrownBy(
              () -> new DatabaseRestore(restored.dataSource).restore(file, false, line -> {}))
          .isInstanceOf(BackupException.class)
          .hasMessageContaining("already holds")
          .hasMessageContaining("audit_event")
          .hasMessageContaining("--replace");
      assertThat(OtherDatabase.fingerprints(restored.dataSource)).isEqualTo(after);
      List<String> said = new ArrayList<>();
      new DatabaseRestore(restored.dataSource).restore(file, true, said::add);
      assertThat(said).anyMatch(line -> line.contains("being replaced"));
      assertThat(OtherDatabase.fingerprints(restored.dataSource)).isEqualTo(after);

      // The command line, on the restored database as an external one, backs up the same data.
      Path again = dir.resolve("again.backup");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int status =
          BackupMain.run(
              new String[] {
                "backup",
                again.toString(),
                "--tandem.db.url=" + restored.url(),
                "--tandem.db.user=postgres"
              },
              new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
              System.err);
      assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("Backed up").contains("data key");
      assertThat(checksums(again)).isEqualTo(checksums(file));
    }
  }

  @Test
  void aBackupIsOneMomentWhileCasesAreBeingReferred() throws Exception {
    TestArea area = newArea();
    String[] referredMeanwhile = new String[1];
    Path file = dir.resolve("during.backup");

    Manifest made =
        new DatabaseBackup(dataSource)
            .writeTo(
                file,
                (table, rows) -> {
                  if (referredMeanwhile[0] == null) {
                    referredMeanwhile[0] = newCase(area);
                  }
                });

    String reference = referredMeanwhile[0];
    assertThat(
            jdbc.sql("SELECT count(*) FROM referral WHERE reference = :r")
                .param("r", reference)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    long referralsNow = jdbc.sql("SELECT count(*) FROM referral").query(Long.class).single();
    assertThat(rowsOf(made, "referral")).isEqualTo(referralsNow - 1);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (String table : List.of("referral", "partner", "audit_event", "case_status_change")) {
        assertThat(text(zip, "data/" + table + ".tsv")).as(table).doesNotContain(reference);
      }
    }
  }

  private static long rowsOf(Manifest manifest, String table) {
    return manifest.tables().stream()
        .filter(t -> t.name().equals(table))
        .findFirst()
        .orElseThrow()
        .rows();
  }

  /** Neither the key file's key nor its raw bytes are anywhere in the backup. */
  private static void assertNoDataKeyIn(Path file) throws Exception {
    String key =
        Files.readAllLines(Path.of("target/test-data/data-keys")).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .findFirst()
            .orElseThrow()
            .trim();
    byte[] raw = Base64.getDecoder().decode(key);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        String text;
        try (InputStream in = zip.getInputStream(entry)) {
          text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        assertThat(text)
            .as(entry.getName())
            .doesNotContain(key)
            .doesNotContain(new String(raw, StandardCharsets.ISO_8859_1));
      }
    }
  }

  static Map<String, String> checksums(Path file) {
    Map<String, String> checksums = new HashMap<>();
    try (BackupArchive archive = BackupArchive.open(file)) {
      archive
          .manifest()
          .tables()
          .forEach(t -> checksums.put(t.name(), t.rows() + ":" + t.sha256()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return checksums;
  }

  static String text(ZipFile zip, String entry) throws java.io.IOException {
    try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
