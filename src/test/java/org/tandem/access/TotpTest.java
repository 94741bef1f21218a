package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Tandem's codes are the ones every authenticator app makes: RFC 6238's own test values (Appendix
 * B, HMAC-SHA1, its secret "12345678901234567890"), cut to the six digits apps show.
 */
class TotpTest {

  /** "12345678901234567890" in Base32. */
  private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @Test
  void theCodesAreRfc6238s() {
    assertThat(code(59)).isEqualTo("287082");
    assertThat(code(1111111109)).isEqualTo("081804");
    assertThat(code(1111111111)).isEqualTo("050471");
    assertThat(code(1234567890)).isEqualTo("005924");
    assertThat(code(2000000000)).isEqualTo("279037");
  }

  @Test
  void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
    Instant now = Instant.ofEpochSecond(1234567890);
    long step = Totp.step(now);
    for (int offset = -1; offset <= 1; offset++) {
      String code = Totp.code(RFC_SECRET, step + offset);
      assertThat(Totp.stepOf(RFC_SECRET, code, now)).hasValue(step + offset);
    }
    assertThat(Totp.stepOf(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isEmpty();
    assertThat(Totp.stepOf(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now)).isEmpty();
    assertThat(Totp.stepOf(RFC_SECRET, "005 924", now))
        .as("spaces as people type them")
        .isPresent();
    assertThat(Totp.stepOf(RFC_SECRET, "00592", now)).isEmpty();
  }

  @Test
  void newSecretsAreBase32OfTwentyRandomBytes() {
    String secret = Totp.newSecret();
    assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
    assertThat(Totp.isSecret(secret)).isTrue();
    assertThat(Totp.newSecret()).isNotEqualTo(secret);
    assertThat(Totp.uri("Tandem", "partner.support", secret))
        .isEqualTo(
            "otpauth://totp/Tandem:partner.support?secret="
                + secret
                + "&issuer=Tandem&algorithm=SHA1&digits=6&period=30");
  }

  private static String code(long epochSecond) {
    return Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(epochSecond)));
  }
}
