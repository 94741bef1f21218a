package org.tandem;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * What an authenticator app would show for a Base32 secret at a moment: worked out here with the
 * RFC 6238 parameters every app uses, not with Tandem's own code, so a test that types it proves
 * Tandem agrees with the apps.
 */
public final class TestCodes {

  private static final TimeBasedOneTimePasswordGenerator APP =
      new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6, "HmacSHA1");

  private TestCodes() {}

  public static String at(String base32Secret, Instant moment) {
    try {
      return APP.generateOneTimePasswordString(
          new SecretKeySpec(new Base32().decode(base32Secret.replace(" ", "")), "HmacSHA1"),
          moment,
          Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The code an app shows now, on the tests' clock. */
  public static String now(String base32Secret) {
    return at(base32Secret, TandemTest.clock.instant());
  }
}
