package org.tandem.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.calendar.ServiceClock;

/**
 * Single-use codes that stand in for the authenticator when it is lost. Each is ten characters from
 * an alphabet without look-alikes (about 50 random bits), shown once and kept only as a SHA-256
 * hash: a slow hash would add nothing the randomness does not already give, and would make every
 * check ten times as slow.
 */
@Repository
class RecoveryCodes {

  static final int HOW_MANY = 10;
  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final ServiceClock clock;

  RecoveryCodes(JdbcClient jdbc, ServiceClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** New codes for the user; the ones they had stop working. */
  List<String> replace(long userId) {
    jdbc.sql("DELETE FROM recovery_code WHERE user_id = :user").param("user", userId).update();
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < HOW_MANY; i++) {
      String code = newCode();
      codes.add(code);
      jdbc.sql("INSERT INTO recovery_code (user_id, code_hash) VALUES (:user, :hash)")
          .param("user", userId)
          .param("hash", hash(code))
          .update();
    }
    jdbc.sql("UPDATE app_user SET recovery_codes_made_at = :now WHERE id = :user")
        .param("now", clock.now())
        .param("user", userId)
        .update();
    return codes;
  }

  /** Uses up the code if it is one of the user's unused ones; false if it is not. */
  boolean use(long userId, String typed) {
    String normal = normalise(typed);
    if (normal.length() != 10) {
      return false;
    }
    return jdbc.sql(
                """
                UPDATE recovery_code SET used_at = :now
                WHERE user_id = :user AND code_hash = :hash AND used_at IS NULL
                """)
            .param("now", clock.now())
            .param("user", userId)
            .param("hash", hash(normal))
            .update()
        == 1;
  }

  int unused(long userId) {
    return jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = :user AND used_at IS NULL")
        .param("user", userId)
        .query(Integer.class)
        .single();
  }

  void removeAll(long userId) {
    jdbc.sql("DELETE FROM recovery_code WHERE user_id = :user").param("user", userId).update();
    jdbc.sql("UPDATE app_user SET recovery_codes_made_at = NULL WHERE id = :user")
        .param("user", userId)
        .update();
  }

  /** Whether what was typed looks like a recovery code rather than an authenticator's code. */
  static boolean looksLikeOne(String typed) {
    return normalise(typed).length() == 10 && !normalise(typed).matches("\\d+");
  }

  private static String newCode() {
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      if (i == 4) {
        code.append('-');
      }
    }
    return code.toString();
  }

  /** Without the hyphen, spaces or capitals, which people add or drop as they type. */
  private static String normalise(String typed) {
    return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
  }

  private static String hash(String code) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(normalise(code).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
