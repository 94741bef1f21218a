package org.tandem.access;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes as RFC 6238 defines them, with the parameters every authenticator app
 * understands without being told: HMAC-SHA1, six digits, a new code every 30 seconds. The secret
 * travels as Base32, the form apps accept typed in or in a QR code.
 */
final class Totp {

  static final Duration STEP = Duration.ofSeconds(30);
  static final int DIGITS = 6;

  /** 160 bits: the length RFC 4226 recommends for HMAC-SHA1. */
  private static final int SECRET_BYTES = 20;

  /** A phone's clock may be this many steps either side of the server's. */
  private static final int DRIFT = 1;

  private static final TimeBasedOneTimePasswordGenerator GENERATOR =
      new TimeBasedOneTimePasswordGenerator(
          STEP, DIGITS, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new random secret, in Base32 without padding. */
  static String newSecret() {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return new Base32().encodeAsString(secret).replace("=", "");
  }

  /** Whether this is a Base32 secret a code can be made from. */
  static boolean isSecret(String base32) {
    return base32 != null
        && base32.matches("[A-Z2-7]{16,64}")
        && new Base32().decode(base32).length >= 10;
  }

  /** The number of the 30-second step this moment falls in. */
  static long step(Instant moment) {
    return Math.floorDiv(moment.getEpochSecond(), STEP.getSeconds());
  }

  /** The code for one step. */
  static String code(String base32Secret, long step) {
    SecretKeySpec key =
        new SecretKeySpec(new Base32().decode(base32Secret), GENERATOR.getAlgorithm());
    try {
      return GENERATOR.generateOneTimePasswordString(
          key, Instant.ofEpochSecond(step * STEP.getSeconds()), Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("An HMAC-SHA1 key is refused", e);
    }
  }

  /**
   * The step whose code this is, looking one step either side of now for a phone whose clock is a
   * little out; empty if it is none of them.
   */
  static OptionalLong stepOf(String base32Secret, String code, Instant now) {
    String typed = digits(code);
    if (typed.length() != DIGITS) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long step = current - DRIFT; step <= current + DRIFT; step++) {
      if (java.security.MessageDigest.isEqual(
          code(base32Secret, step).getBytes(StandardCharsets.US_ASCII),
          typed.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** What was typed, without the spaces and hyphens people put in codes as they read them. */
  static String digits(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "");
  }

  /** The otpauth URI an authenticator app reads from a QR code (Google's Key Uri Format). */
  static String uri(String issuer, String account, String base32Secret) {
    String label = encode(issuer) + ":" + encode(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + base32Secret
        + "&issuer="
        + encode(issuer)
        + "&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP.getSeconds();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
