package org.tandem.outcomes;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The national dataset's pseudonym for a case: an HMAC-SHA256 of the case reference under the
 * service's secret key, in hex, cut to 16 characters and prefixed {@code P-}.
 *
 * <p>Keyed, not a plain hash, because references are short and guessable (NMR-0001, NMR-0002...):
 * anyone could hash every possible reference and look the pseudonyms up. Without the key that is
 * not possible, and the key never leaves the database. The same key gives the same pseudonym on
 * every export, so a national collector can follow a case from one quarter's return to the next.
 *
 * <p>A pseudonym can never hold a reference: references start with an area code of two or more
 * capital letters and a dash, and a pseudonym is {@code P-} followed by lower-case hex only.
 */
public final class Pseudonyms {

  public static final String PREFIX = "P-";
  public static final int HEX_LENGTH = 16;
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  public Pseudonyms(String secret) {
    Objects.requireNonNull(secret, "secret");
    if (secret.isBlank()) {
      throw new IllegalArgumentException("The pseudonym key must not be blank");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  /** The pseudonym of the case with this reference; the same reference always gives the same. */
  public String of(String reference) {
    Objects.requireNonNull(reference, "reference");
    try {
      // A Mac is not thread-safe, so each call has its own; it costs microseconds.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(reference.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest).substring(0, HEX_LENGTH);
    } catch (GeneralSecurityException e) {
      // HmacSHA256 is a required algorithm of every Java platform.
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Whether the text has the form of a pseudonym. */
  public static boolean looksLikeOne(String text) {
    return text != null && text.matches("P-[0-9a-f]{" + HEX_LENGTH + "}");
  }
}
