package org.tandem.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;

/**
 * Personal API tokens. A token is shown to its owner once, when created; Tandem keeps only its
 * SHA-256 hash, so a copy of the database does not give anyone a working token. Each works until
 * the end of a day its owner chose, at most a year ahead, so a forgotten token stops by itself; a
 * read-only one cannot change anything, for a system that only needs to look things up.
 */
@Service
public class ApiTokens {

  /** What a token may do with its owner's roles. */
  public enum Scope {
    /** GET, HEAD and OPTIONS requests only. */
    READ_ONLY,
    READ_WRITE
  }

  /** A live token's owner and what it may do. */
  public record Holder(long userId, Scope scope) {}

  public record TokenSummary(
      long id,
      String name,
      String hint,
      Scope scope,
      OffsetDateTime createdAt,
      OffsetDateTime expiresAt,
      OffsetDateTime lastUsedAt,
      LocalDate lastDay,
      boolean expired) {}

  private static final String PREFIX = "tdm_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The longest a token made on the account page may work. */
  private static final int LONGEST_YEARS = 1;

  /**
   * The published demo tokens and the tests' tokens must work on whatever day the demo or a test
   * runs, so they are given far longer than anyone's own token may have.
   */
  private static final int KNOWN_TOKEN_YEARS = 10;

  /**
   * A use is noted only when the last one noted is older than this: writing the row on every call
   * would make every API read a write, and the owner needs to know only roughly when it was used.
   */
  private static final Duration NOTED_EVERY = Duration.ofMinutes(1);

  private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

  private final JdbcClient jdbc;
  private final ServiceClock clock;

  private final MessageSource messages;

  ApiTokens(JdbcClient jdbc, ServiceClock clock, MessageSource messages) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.messages = messages;
  }

  /** Words for the person asking, in their language (English for the API unless it asks). */
  private String say(String key, Object... args) {
    return messages.getMessage(key, args, Languages.current());
  }

  /**
   * Creates a new token for the user, working until the end of its last day, and returns its value:
   * the only time anyone sees it.
   *
   * @throws InvalidRequestException naming the {@code name}, {@code scope} or {@code lastDay} that
   *     is missing or out of bounds
   */
  @Transactional
  public String create(long userId, String name, Scope scope, LocalDate lastDay) {
    String trimmed = name == null ? "" : name.strip();
    List<FieldProblem> problems = new ArrayList<>();
    if (trimmed.isEmpty()) {
      problems.add(new FieldProblem("name", say("access.token.problem.enterName")));
    } else if (trimmed.length() > 80) {
      problems.add(new FieldProblem("name", say("access.token.problem.nameTooLong")));
    } else if (trimmed.indexOf('\u0000') >= 0) {
      // PostgreSQL cannot store it: refused here rather than failing the save.
      problems.add(new FieldProblem("name", say("access.token.problem.controlCharacter")));
    }
    if (scope == null) {
      problems.add(new FieldProblem("scope", say("access.token.problem.selectScope")));
    }
    lastDayProblem(lastDay).ifPresent(p -> problems.add(new FieldProblem("lastDay", p)));
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    insert(userId, trimmed, token, scope, ServiceClock.startOf(lastDay.plusDays(1)));
    return token;
  }

  /** The latest last day a token made today may have. */
  public LocalDate latestLastDay() {
    return clock.today().plusYears(LONGEST_YEARS);
  }

  /** Why a token could not work until the end of this day, if it could not. */
  private Optional<String> lastDayProblem(LocalDate lastDay) {
    LocalDate today = clock.today();
    LocalDate latest = latestLastDay();
    if (lastDay == null) {
      return Optional.of(say("access.token.problem.enterLastDay"));
    }
    if (!lastDay.isAfter(today)) {
      return Optional.of(say("access.token.problem.lastDayInFuture"));
    }
    if (lastDay.isAfter(latest)) {
      return Optional.of(
          say(
              "access.token.problem.lastDayByLatest",
              latest.format(LONG_DATE.withLocale(Languages.current()))));
    }
    return Optional.empty();
  }

  /**
   * Stores a read-write token whose value is already known, as the demo data and the tests do for
   * the tokens they publish; it works for ten years from now.
   */
  @Transactional
  public void store(long userId, String name, String token) {
    insert(userId, name, token, Scope.READ_WRITE, now().plusYears(KNOWN_TOKEN_YEARS));
  }

  private void insert(
      long userId, String name, String token, Scope scope, OffsetDateTime expiresAt) {
    jdbc.sql(
            """
            INSERT INTO api_token
                (user_id, name, token_hash, token_hint, scope, created_at, expires_at)
            VALUES (:userId, :name, :hash, :hint, :scope, :now, :expiresAt)
            """)
        .param("userId", userId)
        .param("name", name)
        .param("hash", hash(token))
        .param("hint", token.substring(0, Math.min(10, token.length())))
        .param("scope", scope.name())
        .param("now", now())
        .param("expiresAt", expiresAt)
        .update();
  }

  /** The user's tokens that have not been revoked, expired ones too so the owner sees why. */
  public List<TokenSummary> activeTokens(long userId) {
    OffsetDateTime now = now();
    return jdbc.sql(
            """
            SELECT id, name, token_hint, scope, created_at, expires_at, last_used_at
            FROM api_token
            WHERE user_id = :userId AND revoked_at IS NULL ORDER BY created_at, id
            """)
        .param("userId", userId)
        .query(
            (rs, i) -> {
              OffsetDateTime expiresAt = rs.getObject("expires_at", OffsetDateTime.class);
              return new TokenSummary(
                  rs.getLong("id"),
                  rs.getString("name"),
                  rs.getString("token_hint"),
                  Scope.valueOf(rs.getString("scope")),
                  rs.getObject("created_at", OffsetDateTime.class),
                  expiresAt,
                  rs.getObject("last_used_at", OffsetDateTime.class),
                  // It stops at the first moment after its last day, so its last day is the one
                  // before that moment.
                  ServiceClock.dayOf(expiresAt.minusNanos(1)),
                  !expiresAt.isAfter(now));
            })
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

  /**
   * The owner of a live token (neither revoked nor expired) and its scope, noting its use when the
   * last use noted is more than a minute old.
   */
  @Transactional
  public Optional<Holder> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    OffsetDateTime now = now();
    record Live(long id, Holder holder, OffsetDateTime lastUsedAt) {}
    Optional<Live> live =
        jdbc.sql(
                """
                SELECT id, user_id, scope, last_used_at FROM api_token
                WHERE token_hash = :hash AND revoked_at IS NULL AND expires_at > :now
                """)
            .param("hash", hash(token))
            .param("now", now)
            .query(
                (rs, i) ->
                    new Live(
                        rs.getLong("id"),
                        new Holder(rs.getLong("user_id"), Scope.valueOf(rs.getString("scope"))),
                        rs.getObject("last_used_at", OffsetDateTime.class)))
            .optional();
    OffsetDateTime staleBefore = now.minus(NOTED_EVERY);
    live.filter(l -> l.lastUsedAt() == null || l.lastUsedAt().isBefore(staleBefore))
        .ifPresent(
            // The WHERE on the old value lets only one of many calls at once write the row.
            l ->
                jdbc.sql(
                        """
                        UPDATE api_token SET last_used_at = :now
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < :staleBefore)
                        """)
                    .param("now", now)
                    .param("id", l.id())
                    .param("staleBefore", staleBefore)
                    .update());
    return live.map(Live::holder);
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
