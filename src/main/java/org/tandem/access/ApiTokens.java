package org.tandem.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.ServiceClock;

/**
 * Personal API tokens. A token is shown to its owner once, when created; Tandem keeps only its
 * SHA-256 hash, so a copy of the database does not give anyone a working token.
 */
@Service
public class ApiTokens {

  private static final String PREFIX = "tdm_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final ServiceClock clock;

  ApiTokens(JdbcClient jdbc, ServiceClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record TokenSummary(
      long id, String name, String hint, OffsetDateTime createdAt, OffsetDateTime lastUsedAt) {}

  /** Creates a new token for the user and returns its value: the only time anyone sees it. */
  @Transactional
  public String create(long userId, String name) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    store(userId, name, token);
    return token;
  }

  /** Stores a token whose value is already known, as the demo data does for its listed tokens. */
  @Transactional
  public void store(long userId, String name, String token) {
    jdbc.sql(
            """
            INSERT INTO api_token (user_id, name, token_hash, token_hint, created_at)
            VALUES (:userId, :name, :hash, :hint, :now)
            """)
        .param("userId", userId)
        .param("name", name)
        .param("hash", hash(token))
        .param("hint", token.substring(0, Math.min(10, token.length())))
        .param("now", now())
        .update();
  }

  public List<TokenSummary> activeTokens(long userId) {
    return jdbc.sql(
            """
            SELECT id, name, token_hint, created_at, last_used_at FROM api_token
            WHERE user_id = :userId AND revoked_at IS NULL ORDER BY created_at, id
            """)
        .param("userId", userId)
        .query(
            (rs, i) ->
                new TokenSummary(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("token_hint"),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getObject("last_used_at", OffsetDateTime.class)))
        .list();
  }

  /** Revokes one of the user's own tokens; another user's token is left alone. */
  @Transactional
  public boolean revoke(long userId, long tokenId) {
    return jdbc.sql(
                """
                UPDATE api_token SET revoked_at = :now
                WHERE id = :id AND user_id = :userId AND revoked_at IS NULL
                """)
            .param("now", now())
            .param("id", tokenId)
            .param("userId", userId)
            .update()
        == 1;
  }

  /** The owner of a live token, noting its use. */
  @Transactional
  public Optional<Long> ownerOf(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            UPDATE api_token SET last_used_at = :now
            WHERE token_hash = :hash AND revoked_at IS NULL
            RETURNING user_id
            """)
        .param("now", now())
        .param("hash", hash(token))
        .query(Long.class)
        .optional();
  }

  private OffsetDateTime now() {
    return clock.now();
  }

  static String hash(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
