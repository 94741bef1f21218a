package org.tandem.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.ServiceClock;

/**
 * Slows whoever keeps getting sign-in wrong, instead of locking the account: a lock that anyone who
 * knows a username can set keeps its owner out, and answering "locked" tells a stranger the name is
 * real. Failures are counted per client address and per username typed (real or not, so that an
 * unknown name is slowed exactly as a real one). After a few free failures each further attempt
 * must wait a delay that doubles; while it runs, attempts are refused without checking the
 * password.
 *
 * <p>An address is slowed hard (up to 15 minutes): that is the guesser's own. An account is slowed
 * gently (up to a minute), so that guessing one account from many addresses crawls while its owner
 * is never kept out for long. At the address its owner last signed in from (often an office whose
 * staff share one public address) neither applies to her, so a stranger's guesses and her
 * colleagues' mistakes there never slow her; failures at her account from that address are counted
 * on their own instead, and slowed as hard as an address, so a guesser in her office still crawls.
 * Refused attempts do not make the wait longer, or hammering would keep it running for ever. Counts
 * live in PostgreSQL, so every node slows the same guesser; they are forgotten an hour after the
 * last failure, and an account's is cleared when its owner signs in.
 */
@Component
class SignInThrottle {

  private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

  /** Longest username kept: real ones are at most 80 characters; a longer one is no account. */
  private static final int LONGEST_NAME = 100;

  /** How failures at one subject turn into waits. */
  record Delays(int freeFailures, Duration firstWait, Duration longestWait) {

    /** The wait after this many failures: none for the free ones, then doubling to the longest. */
    Duration after(int failures) {
      if (failures <= freeFailures) {
        return Duration.ZERO;
      }
      int doublings = Math.min(failures - freeFailures - 1, 40);
      Duration wait = firstWait.multipliedBy(1L << doublings);
      return wait.compareTo(longestWait) > 0 || wait.isNegative() ? longestWait : wait;
    }
  }

  private final JdbcClient jdbc;
  private final ServiceClock clock;
  private final Delays perAddress;
  private final Delays perAccount;
  private final Duration forgetAfter;

  SignInThrottle(
      JdbcClient jdbc,
      ServiceClock clock,
      @Value("${tandem.sign-in.address.free-failures:10}") int addressFree,
      @Value("${tandem.sign-in.address.first-wait:1s}") Duration addressFirst,
      @Value("${tandem.sign-in.address.longest-wait:15m}") Duration addressLongest,
      @Value("${tandem.sign-in.account.free-failures:5}") int accountFree,
      @Value("${tandem.sign-in.account.first-wait:1s}") Duration accountFirst,
      @Value("${tandem.sign-in.account.longest-wait:1m}") Duration accountLongest,
      @Value("${tandem.sign-in.forget-failures-after:1h}") Duration forgetAfter) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.perAddress = new Delays(addressFree, addressFirst, addressLongest);
    this.perAccount = new Delays(accountFree, accountFirst, accountLongest);
    this.forgetAfter = forgetAfter;
  }

  Delays perAddress() {
    return perAddress;
  }

  Delays perAccount() {
    return perAccount;
  }

  /** Whether an attempt from this address at this username must be refused unchecked for now. */
  boolean mustWait(String username, String address) {
    return jdbc.sql(
            """
            SELECT EXISTS (
              SELECT 1 FROM sign_in_throttle t
              WHERE t.subject IN (:address, :account, :pair)
                AND t.last_failure_at <= :now AND t.wait_until > :now
                AND NOT (t.subject IN (:address, :account) AND EXISTS (
                  SELECT 1 FROM app_user u
                  WHERE u.username = :name AND u.last_sign_in_address = :ip)))
            """)
        .param("address", addressKey(address))
        .param("account", accountKey(username))
        .param("pair", pairKey(username, address))
        .param("name", name(username))
        .param("ip", address(address))
        .param("now", now())
        .query(Boolean.class)
        .single();
  }

  /** A password checked and found wrong (or no such account, or a withdrawn one). */
  @Transactional
  void failed(String username, String address) {
    count(addressKey(address), perAddress);
    count(accountKey(username), perAccount);
    count(pairKey(username, address), perAddress);
    refused(username);
  }

  /** An attempt refused unchecked: its owner hears of it, but the wait does not grow. */
  void refused(String username) {
    jdbc.sql(
            """
            UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1, last_failed_sign_in_at = :now
            WHERE username = :name
            """)
        .param("name", name(username))
        .param("now", now())
        .update();
  }

  /**
   * The owner is in: their account's count is cleared, this address becomes theirs, long-quiet
   * counts are deleted, and what happened since they last signed in is returned to tell them.
   */
  @Transactional
  Optional<SignInWarning> succeeded(String username, String address) {
    jdbc.sql("DELETE FROM sign_in_throttle WHERE subject IN (:account, :pair)")
        .param("account", accountKey(username))
        .param("pair", pairKey(username, address))
        .update();
    jdbc.sql(
            """
            DELETE FROM sign_in_throttle
            WHERE last_failure_at < :forgetBefore AND (wait_until IS NULL OR wait_until < :now)
            """)
        .param("forgetBefore", forgetBefore())
        .param("now", now())
        .update();
    return jdbc.sql(
            """
            UPDATE app_user u SET failed_sign_ins = 0, last_failed_sign_in_at = NULL,
              last_sign_in_address = :ip
            FROM (SELECT id, failed_sign_ins, last_failed_sign_in_at FROM app_user
                  WHERE username = :name FOR UPDATE) before
            WHERE u.id = before.id
            RETURNING before.failed_sign_ins, before.last_failed_sign_in_at
            """)
        .param("ip", address(address))
        .param("name", name(username))
        .query(
            (rs, i) -> {
              OffsetDateTime last = rs.getObject(2, OffsetDateTime.class);
              return rs.getInt(1) > 0 && last != null
                  ? new SignInWarning(rs.getInt(1), last.toInstant())
                  : null;
            })
        .optional();
  }

  private void count(String subject, Delays delays) {
    int failures =
        jdbc.sql(
                """
                INSERT INTO sign_in_throttle AS t (subject, failures, last_failure_at)
                VALUES (:subject, 1, :now)
                ON CONFLICT (subject) DO UPDATE SET
                  failures = CASE WHEN t.last_failure_at < :forgetBefore THEN 1
                                  ELSE t.failures + 1 END,
                  last_failure_at = :now
                RETURNING failures
                """)
            .param("subject", subject)
            .param("now", now())
            .param("forgetBefore", forgetBefore())
            .query(Integer.class)
            .single();
    Duration wait = delays.after(failures);
    if (wait.isZero()) {
      return;
    }
    // Two failures at once may both get here: the later wait wins, whichever writes last.
    jdbc.sql(
            "UPDATE sign_in_throttle SET wait_until = GREATEST(wait_until, :until) WHERE subject = :s")
        .param("until", OffsetDateTime.ofInstant(clock.instant().plus(wait), ZoneOffset.UTC))
        .param("s", subject)
        .update();
    // Only an address is named: what was typed as a username may be someone's password.
    if (failures == delays.freeFailures() + 1 && subject.startsWith("address:")) {
      log.warn("Repeated failed sign-ins from {}: its attempts are now slowed", subject);
    }
  }

  private static String addressKey(String address) {
    return "address:" + address(address);
  }

  private static String address(String address) {
    return address == null ? "" : address.substring(0, Math.min(address.length(), 64));
  }

  private static String accountKey(String username) {
    return "account:" + name(username);
  }

  /**
   * One account at one address, hashed: the two together would not fit the column, and a row of the
   * table should not spell out who signs in from where.
   */
  private static String pairKey(String username, String address) {
    byte[] both = (name(username) + "\n" + address(address)).getBytes(StandardCharsets.UTF_8);
    try {
      return "pair:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(both));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  private static String name(String username) {
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private OffsetDateTime forgetBefore() {
    Instant before = clock.instant().minus(forgetAfter);
    return OffsetDateTime.ofInstant(before, ZoneOffset.UTC);
  }
}
