package org.tandem.encryption;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.tandem.access.Sealing;

/**
 * Her details are sealed in the application before they reach the database, so a copy of the
 * database alone (a backup, a dump, a curious administrator) shows none of them. Each value is
 * AES-256-GCM with a fresh 96-bit nonce and carries the id of the key that sealed it: {@code
 * enc:v1:<key id>:<base64 of nonce and ciphertext>}. A value without that prefix is read as it is,
 * so rows written before encryption stay readable until the start-up pass seals them.
 */
@Component
public class FieldEncryption implements Sealing {

  static final String PREFIX = "enc:v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final DataKeys keys;
  private final SecureRandom random = new SecureRandom();

  FieldEncryption(DataKeys keys) {
    this.keys = keys;
  }

  /** The value sealed under the current key; null and blank stay as they are. */
  @Override
  public String seal(String plain) {
    if (plain == null || plain.isEmpty()) {
      return plain;
    }
    DataKeys.Key key = keys.current();
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not seal a value", e);
    }
  }

  /** The plain value; a value that was never sealed is returned as it is. */
  @Override
  public String open(String stored) {
    if (!isSealed(stored)) {
      return stored;
    }
    int idEnd = stored.indexOf(':', PREFIX.length());
    if (idEnd < 0) {
      throw new IllegalStateException("A sealed value has no key id");
    }
    DataKeys.Key key = keys.byId(stored.substring(PREFIX.length(), idEnd));
    byte[] in = Base64.getDecoder().decode(stored.substring(idEnd + 1));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A sealed value could not be opened with key " + key.id(), e);
    }
  }

  /** The id of the key values are sealed under now. */
  public String currentKeyId() {
    return keys.current().id();
  }

  /** Whether the value is sealed, rather than plain or empty. */
  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** The id of the key that sealed the value, or null when it is not sealed. */
  public static String keyIdOf(String stored) {
    if (!isSealed(stored)) {
      return null;
    }
    return stored.substring(PREFIX.length(), stored.indexOf(':', PREFIX.length()));
  }

  /**
   * A keyed hash (HMAC-SHA-256) of a normalised value, for finding her by an exact phone number,
   * email address or name without the value itself being stored in the clear. {@code kind} keeps a
   * phone number's hash apart from the same digits as a name.
   */
  public String lookupHash(String kind, String normalisedValue) {
    if (normalisedValue == null || normalisedValue.isEmpty()) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(keys.lookupSecret(), "HmacSHA256"));
      mac.update(kind.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      byte[] hash = mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().withoutPadding().encodeToString(hash);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not hash a value", e);
    }
  }
}
