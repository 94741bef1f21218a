package org.tandem.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.AuditLog;
import org.tandem.access.Role;
import org.tandem.access.ScheduledPasses;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * Her details are sealed before they reach the database: a copy of every table's rows, as a dump or
 * a backup would hold them, shows none of what was planted through the API, while partner support
 * still reads them. Rows written in plain (before V47, or by the generator) are sealed by the
 * start-up pass, once, however many nodes run it at once; {@code rekey} moves every row to a new
 * key, with her hashes recomputed so that searches still find her.
 */
class SealedAtRestTest extends TandemTest {

  @Autowired private DataSource dataSource;
  @Autowired private SealingPass pass;
  @Autowired private FieldEncryption encryption;
  @Autowired private HerLookup lookup;
  @Autowired private TransactionTemplate transactions;
  @Autowired private ScheduledPasses passes;
  @Autowired private AuditLog audit;

  @TempDir Path keysDir;

  /** Her details, each holding a marker found nowhere else. */
  private record Her(
      String given, String family, String phone, String email, String address, String times) {

    List<String> needles() {
      return List.of(given, family, phone.replace(" ", ""), phone, email, address, times);
    }
  }

  private static Her invented() {
    String mark = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50), 36);
    String digits = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    return new Her(
        "Givenmark" + mark,
        "Familymark" + mark,
        "07700 9" + digits.substring(0, 2) + " " + digits.substring(2, 5),
        "emailmark" + mark + "@example.org",
        mark + " Addressmark Lane, Fictionton",
        "Timesmark" + mark + " on weekday mornings");
  }

  private String referred(TestArea area, Her her) {
    return newCase(
        area,
        AReferral.in(area)
            .withPartner(her.given, her.family, her.phone, her.email, her.address, her.times));
  }

  @Test
  void aDumpOfTheDatabaseShowsNoneOfHerDetails() throws Exception {
    TestArea area = newArea();
    Her her = invented();
    String reference = referred(area, her);

    // Partner support reads them as they were given: they were stored.
    HttpResponse<String> herCase =
        apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), "/api/v1/cases/" + reference);
    assertThat(herCase.statusCode()).isEqualTo(200);
    assertThat(herCase.body())
        .contains(her.given, her.family, her.phone, her.email, her.address, her.times);

    String dump = dumpOfEveryTable();
    assertThat(dump).as("the dump holds the case").contains(reference);
    assertThat(dump).as("the dump holds sealed values").contains(FieldEncryption.PREFIX);
    String haystack = dump.toLowerCase(Locale.ROOT);
    for (String needle : her.needles()) {
      assertThat(haystack)
          .as("her detail in the dump")
          .doesNotContain(needle.toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void theStartUpPassSealsWhatIsPlainOnceEvenWhenTwoNodesRunItAtOnce() throws Exception {
    TestArea area = newArea();
    List<Her> women = List.of(invented(), invented(), invented());
    List<Long> ids = new ArrayList<>();
    for (Her her : women) {
      String reference = referred(area, her);
      long id =
          jdbc.sql(
                  "SELECT p.id FROM partner p JOIN referral r ON r.id = p.referral_id"
                      + " WHERE r.reference = :r")
              .param("r", reference)
              .query(Long.class)
              .single();
      ids.add(id);
      // As a row from before V47, or from the generator, holds them: in plain, without hashes.
      jdbc.sql(
              """
              UPDATE partner SET given_name = :given, family_name = :family, phone = :phone,
                email = :email, address = :address, safe_contact_times = :times,
                phone_hash = NULL, email_hash = NULL, name_hash = NULL, sealed_key_id = NULL
              WHERE id = :id
              """)
          .param("given", her.given)
          .param("family", her.family)
          .param("phone", her.phone)
          .param("email", her.email)
          .param("address", her.address)
          .param("times", her.times)
          .param("id", id)
          .update();
    }

    // Two nodes starting at once: both run the pass; the advisory lock makes them take turns.
    CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> pass.run(false));
    CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> pass.run(false));
    assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(women.size());
    assertThat(pass.run(false)).as("nothing is left to seal: the pass is idempotent").isZero();

    for (int i = 0; i < women.size(); i++) {
      Her her = women.get(i);
      Map<String, Object> row =
          jdbc.sql("SELECT * FROM partner WHERE id = :id")
              .param("id", ids.get(i))
              .query()
              .singleRow();
      for (String column :
          List.of("given_name", "family_name", "phone", "email", "address", "safe_contact_times")) {
        assertThat((String) row.get(column)).as(column).startsWith(FieldEncryption.PREFIX);
      }
      assertThat(encryption.open((String) row.get("given_name"))).isEqualTo(her.given);
      assertThat(encryption.open((String) row.get("safe_contact_times"))).isEqualTo(her.times);
      assertThat(row.get("phone_hash")).isEqualTo(lookup.phone(her.phone));
      assertThat(row.get("email_hash")).isEqualTo(lookup.email(her.email));
      assertThat(row.get("name_hash")).isEqualTo(lookup.name(her.given, her.family));
      assertThat(row.get("sealed_key_id")).isEqualTo(encryption.currentKeyId());
    }
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM audit_event WHERE area_id = :area AND username = 'system'"
                        + " AND what = 'her details sealed under the current data key'")
                .param("area", area.id())
                .query(Long.class)
                .single())
        .as("each woman's case sealed once, and recorded as the system's doing")
        .isEqualTo(women.size());
  }

  @Test
  void rekeyMovesEveryRowToTheNewKeyAndSheIsStillFound() throws IOException {
    TestArea area = newArea();
    Her her = invented();
    Family family =
        newFamily(
            AReferral.in(area)
                .withPartner(her.given, her.family, her.phone, her.email, her.address, her.times));
    long id = family.partner(0);
    String keyA = encryption.currentKeyId();
    assertThat(FieldEncryption.keyIdOf(stored(id, "phone"))).isEqualTo(keyA);

    // The application's key file, copied: the command's new key goes first in the copy.
    Path rotated = keysDir.resolve("rotated");
    Files.createDirectories(rotated);
    Files.copy(Path.of("target/test-data", DataKeys.KEY_FILE), rotated.resolve(DataKeys.KEY_FILE));
    DataKeys keysB = new DataKeys("", "", rotated.toString(), "");
    keysB.addNewKey();
    FieldEncryption underB = new FieldEncryption(keysB);
    HerLookup lookupB = new HerLookup(underB);
    String keyB = underB.currentKeyId();
    assertThat(keyB).isNotEqualTo(keyA);
    try {
      assertThat(passUnder(underB, lookupB).run(true)).isPositive();

      for (String column :
          List.of("given_name", "family_name", "phone", "email", "address", "safe_contact_times")) {
        assertThat(FieldEncryption.keyIdOf(stored(id, column))).as(column).isEqualTo(keyB);
      }
      assertThat(underB.open(stored(id, "email"))).isEqualTo(her.email);
      assertThat(
              jdbc.sql("SELECT count(*) FROM partner WHERE sealed_key_id IS DISTINCT FROM :b")
                  .param("b", keyB)
                  .query(Long.class)
                  .single())
          .as("no row is left under another key")
          .isZero();
      assertThat(
              jdbc.sql("SELECT id FROM partner WHERE phone_hash = :h")
                  .param("h", lookupB.phone("+44 " + her.phone.substring(1)))
                  .query(Long.class)
                  .list())
          .as("her phone's hash is recomputed under the new key")
          .containsExactly(id);
      assertThat(
              jdbc.sql("SELECT count(*) FROM partner WHERE name_hash = :h")
                  .param("h", lookup.name(her.given, her.family))
                  .query(Long.class)
                  .single())
          .as("the old key's hash no longer finds her")
          .isZero();
    } finally {
      // Back under the application's own key, so that every other test reads as before.
      Path back = keysDir.resolve("back");
      Files.createDirectories(back);
      List<String> lines = Files.readAllLines(rotated.resolve(DataKeys.KEY_FILE));
      Files.write(back.resolve(DataKeys.KEY_FILE), List.of(lines.get(1), lines.get(0)));
      FieldEncryption underA = new FieldEncryption(new DataKeys("", "", back.toString(), ""));
      assertThat(underA.currentKeyId()).isEqualTo(keyA);
      passUnder(underA, new HerLookup(underA)).run(true);
    }
    assertThat(encryption.open(stored(id, "given_name"))).isEqualTo(her.given);
    assertThat(
            apiGet(
                    area.token(Role.PARTNER_SUPPORT_WORKER),
                    "/api/v1/partners?phone=" + her.phone.replace(" ", ""))
                .body())
        .contains(family.reference());
  }

  @Test
  void theRekeyCommandRunsWithoutTheWebServerAndSealsEveryRow() throws Exception {
    TestArea area = newArea();
    Her her = invented();
    Family family =
        newFamily(
            AReferral.in(area)
                .withPartner(her.given, her.family, her.phone, her.email, her.address, her.times));
    long id = family.partner(0);
    jdbc.sql("UPDATE partner SET given_name = :given, name_hash = NULL WHERE id = :id")
        .param("given", her.given)
        .param("id", id)
        .update();

    String url;
    String user;
    try (Connection pooled = dataSource.getConnection()) {
      url = pooled.getMetaData().getURL();
      user = pooled.getMetaData().getUserName();
    }
    // The same key as the application's, so the command re-seals under the key it already has.
    Path keys = keysDir.resolve(DataKeys.KEY_FILE);
    Files.copy(Path.of("target/test-data", DataKeys.KEY_FILE), keys);
    try (var command =
        new org.springframework.boot.builder.SpringApplicationBuilder(RekeyMain.class)
            .web(org.springframework.boot.WebApplicationType.NONE)
            .properties("tandem.rekey=true", "tandem.demo=false")
            .registerShutdownHook(false)
            .run(
                "rekey",
                "--tandem.db.url=" + url,
                "--tandem.db.user=" + user,
                "--tandem.db.password=",
                "--tandem.data-keys-file=" + keys,
                "--spring.jmx.enabled=false")) {
      assertThat(command)
          .as("no web server")
          .isNotInstanceOf(
              org.springframework.boot.web.server.context.WebServerApplicationContext.class);
    }
    assertThat(stored(id, "given_name")).startsWith(FieldEncryption.PREFIX);
    assertThat(encryption.open(stored(id, "given_name"))).isEqualTo(her.given);
    assertThat(
            jdbc.sql("SELECT name_hash FROM partner WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo(lookup.name(her.given, her.family));
    assertThat(
            jdbc.sql("SELECT count(*) FROM partner WHERE sealed_key_id IS DISTINCT FROM :k")
                .param("k", encryption.currentKeyId())
                .query(Long.class)
                .single())
        .isZero();
  }

  private SealingPass passUnder(FieldEncryption encryption, HerLookup lookup) {
    return new SealingPass(jdbc, transactions, encryption, lookup, passes, audit);
  }

  private String stored(long partnerId, String column) {
    return jdbc.sql("SELECT " + column + " FROM partner WHERE id = :id")
        .param("id", partnerId)
        .query(String.class)
        .single();
  }

  /**
   * Every row of every table, as {@code pg_dump} would write it: the embedded binaries have no
   * {@code pg_dump}, and the system's is older than the server, so the rows are copied out with
   * PostgreSQL's own COPY, through the driver, on a connection of the test's own.
   */
  private String dumpOfEveryTable() throws SQLException, IOException {
    String url;
    String user;
    try (Connection pooled = dataSource.getConnection()) {
      url = pooled.getMetaData().getURL();
      user = pooled.getMetaData().getUserName();
    }
    StringWriter dump = new StringWriter();
    try (Connection own = DriverManager.getConnection(url, user, "")) {
      List<String> tables = new ArrayList<>();
      try (var rs =
          own.createStatement()
              .executeQuery(
                  """
                  SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)
                  FROM information_schema.tables
                  WHERE table_type = 'BASE TABLE'
                    AND table_schema NOT IN ('pg_catalog', 'information_schema')
                  ORDER BY 1
                  """)) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      assertThat(tables).contains("public.partner", "public.audit_event");
      var copy = own.unwrap(PGConnection.class).getCopyAPI();
      for (String table : tables) {
        dump.write("-- " + table + "\n");
        copy.copyOut("COPY (SELECT * FROM " + table + ") TO STDOUT", dump);
      }
    }
    return dump.toString();
  }
}
