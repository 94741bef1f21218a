package org.tandem.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.access.ScheduledPasses;
import org.tandem.access.SecondFactors;
import org.tandem.referral.Family;

/**
 * What a correction to her details kept, and authenticator secrets, move to a new data key with her
 * details: once re-keyed, none is left under the old key, and each still opens to what it was.
 */
class SealedElsewhereTest extends TandemTest {

  @Autowired private FieldEncryption encryption;
  @Autowired private TransactionTemplate transactions;
  @Autowired private ScheduledPasses passes;
  @Autowired private SecondFactors factors;

  @TempDir Path keysDir;

  @Test
  void correctionsEqualityAnswersAndAuthenticatorSecretsMoveToTheNewKey() throws IOException {
    TestArea area = newArea();
    Family family = newFamily(area);
    String record = family.path() + "/partners/" + family.partner(0);
    String token = area.token(Role.PARTNER_SUPPORT_WORKER);
    int version =
        Integer.parseInt(
            apiGet(token, record).body().replaceAll("(?s).*\"version\":(\\d+).*", "$1"));
    HttpResponse<String> corrected =
        apiPost(
            token,
            record + "/corrections",
            """
            {"givenName": "Jo", "familyName": "Testington", "phone": "07700 900003",
             "email": "jo@example.org", "address": "9 Madeup Row, Fictionton",
             "safeContactTimes": "Weekdays after 10am", "reason": "Invented: she moved",
             "version": %d}
            """
                .formatted(version));
    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    HttpResponse<String> answered =
        apiPut(
            token,
            record + "/equality",
            "{\"ethnicity\": \"MIXED\", \"disability\": \"YES\", \"version\": 0}");
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    TestArea.User user = area.user(Role.INTAKE);
    String secret = factors.newSecret();
    factors.enrolWithoutConfirming(user.id(), secret);
    String keyA = encryption.currentKeyId();

    Path rotated = keysDir.resolve("rotated");
    Files.createDirectories(rotated);
    Files.copy(Path.of("target/test-data", DataKeys.KEY_FILE), rotated.resolve(DataKeys.KEY_FILE));
    DataKeys keysB = new DataKeys("", "", rotated.toString(), "");
    keysB.addNewKey();
    FieldEncryption underB = new FieldEncryption(keysB);
    try {
      assertThat(passUnder(underB).run()).isPositive();
      String after =
          stored(
              "SELECT value_after FROM partner_amendment WHERE partner_id = :id",
              family.partner(0));
      assertThat(FieldEncryption.keyIdOf(after)).isEqualTo(underB.currentKeyId());
      assertThat(underB.open(after)).isEqualTo("9 Madeup Row, Fictionton");
      String totp = stored("SELECT totp_secret FROM app_user WHERE id = :id", user.id());
      assertThat(FieldEncryption.keyIdOf(totp)).isEqualTo(underB.currentKeyId());
      assertThat(underB.open(totp)).isEqualTo(secret);
      String ethnicity =
          stored(
              "SELECT ethnicity FROM partner_equality WHERE partner_id = :id", family.partner(0));
      assertThat(FieldEncryption.keyIdOf(ethnicity)).isEqualTo(underB.currentKeyId());
      assertThat(underB.open(ethnicity)).isEqualTo("MIXED");
      assertThat(passUnder(underB).run()).as("a second run finds nothing to do").isZero();
    } finally {
      Path back = keysDir.resolve("back");
      Files.createDirectories(back);
      List<String> lines = Files.readAllLines(rotated.resolve(DataKeys.KEY_FILE));
      Files.write(back.resolve(DataKeys.KEY_FILE), List.of(lines.get(1), lines.get(0)));
      FieldEncryption underA = new FieldEncryption(new DataKeys("", "", back.toString(), ""));
      assertThat(underA.currentKeyId()).isEqualTo(keyA);
      passUnder(underA).run();
    }
    assertThat(
            encryption.open(
                stored(
                    "SELECT reason FROM partner_amendment WHERE partner_id = :id",
                    family.partner(0))))
        .isEqualTo("Invented: she moved");
    assertThat(
            encryption.open(
                stored(
                    "SELECT disability FROM partner_equality WHERE partner_id = :id",
                    family.partner(0))))
        .isEqualTo("YES");
  }

  private SealedElsewhere passUnder(FieldEncryption under) {
    return new SealedElsewhere(jdbc, transactions, under, passes);
  }

  private String stored(String sql, long id) {
    return jdbc.sql(sql).param("id", id).query(String.class).single();
  }
}
