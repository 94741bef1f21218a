package org.tandem.access;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.calendar.ServiceClock;

/**
 * The second factor at sign-in: each user's authenticator (TOTP) and recovery codes, and the roles
 * whose holders must have one. Times come from the service clock, so that tests can set them.
 */
@Service
public class SecondFactors {

  /** The name an authenticator app shows beside the code. */
  static final String ISSUER = "Tandem";

  /** Wrong codes in a row, over all of a user's sign-ins, after which codes are refused a while. */
  public static final int MOST_WRONG_CODES = 5;

  /** How long: 5 guesses in 15 minutes give a guesser about 1 chance in 700 a day. */
  public static final java.time.Duration PAUSE = java.time.Duration.ofMinutes(15);

  private final JdbcClient jdbc;
  private final ServiceClock clock;
  private final RecoveryCodes recoveryCodes;
  private final Sealing encryption;

  SecondFactors(
      JdbcClient jdbc, ServiceClock clock, RecoveryCodes recoveryCodes, Sealing encryption) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.recoveryCodes = recoveryCodes;
    this.encryption = encryption;
  }

  /** Whether a user has an authenticator, and when, as their account page shows it. */
  public record Status(
      boolean enrolled,
      OffsetDateTime enrolledAt,
      OffsetDateTime recoveryCodesMadeAt,
      int recoveryCodesLeft) {}

  public Status status(long userId) {
    return jdbc.sql(
            """
            SELECT totp_enrolled_at, recovery_codes_made_at,
              (SELECT count(*) FROM recovery_code c WHERE c.user_id = u.id AND c.used_at IS NULL)
            FROM app_user u WHERE u.id = :user
            """)
        .param("user", userId)
        .query(
            (rs, i) -> {
              OffsetDateTime enrolledAt = rs.getObject(1, OffsetDateTime.class);
              return new Status(
                  enrolledAt != null,
                  enrolledAt,
                  rs.getObject(2, OffsetDateTime.class),
                  rs.getInt(3));
            })
        .single();
  }

  public boolean enrolled(long userId) {
    return status(userId).enrolled();
  }

  /** A new secret for a user to put in their app; nothing is stored until they confirm it. */
  public String newSecret() {
    return Totp.newSecret();
  }

  /** What the QR code holds: the secret, the service's name and the user's. */
  public String uri(String username, String secret) {
    return Totp.uri(ISSUER, username, secret);
  }

  /**
   * Puts the secret in place if the code is the one the user's app shows for it now, and makes
   * their recovery codes; empty, and nothing changed, if the code is not right. Setting up a new
   * authenticator replaces the old one.
   */
  @Transactional
  public Optional<List<String>> enrol(long userId, String secret, String code) {
    if (!Totp.isSecret(secret)) {
      return Optional.empty();
    }
    OptionalLong step = Totp.stepOf(secret, code, clock.instant());
    if (step.isEmpty()) {
      return Optional.empty();
    }
    store(userId, secret, step.getAsLong());
    return Optional.of(recoveryCodes.replace(userId));
  }

  /**
   * Puts a known secret in place without a code: the demo's invented user, whose app is a README.
   */
  @Transactional
  public void enrolWithoutConfirming(long userId, String secret) {
    if (!Totp.isSecret(secret)) {
      throw new IllegalArgumentException("Not a Base32 secret");
    }
    store(userId, secret, null);
    recoveryCodes.replace(userId);
  }

  /**
   * The secret is sealed with the data key, so that a copy of the database alone cannot make
   * anyone's codes (ASVS V2.8.2).
   */
  private void store(long userId, String secret, Long step) {
    jdbc.sql(
            """
            UPDATE app_user SET totp_secret = :secret, totp_enrolled_at = :now, totp_last_step = :step
            WHERE id = :user
            """)
        .param("secret", encryption.seal(secret))
        .param("now", clock.now())
        .param("step", step)
        .param("user", userId)
        .update();
  }

  /**
   * Whether this is the code the user's app shows now (a step either side allowed) and no code of
   * that step or a later one has been accepted before, or one of their unused recovery codes, which
   * it uses up. A code is accepted once: someone who saw it typed cannot sign in with it. Wrong
   * codes are counted over all the user's sign-ins, so that starting again does not buy more
   * guesses: after {@link #MOST_WRONG_CODES} in a row every code is refused for {@link #PAUSE}.
   */
  @Transactional
  public boolean check(long userId, String typed) {
    Optional<String> secret =
        jdbc.sql(
                """
                SELECT totp_secret FROM app_user WHERE id = :user AND totp_enrolled_at IS NOT NULL
                  AND (codes_refused_until IS NULL OR codes_refused_until <= :now)
                """)
            .param("user", userId)
            .param("now", clock.now())
            .query(String.class)
            .optional();
    if (secret.isEmpty()) {
      return false;
    }
    boolean right =
        RecoveryCodes.looksLikeOne(typed)
            ? recoveryCodes.use(userId, typed)
            : totp(userId, encryption.open(secret.get()), typed);
    jdbc.sql(
            """
            UPDATE app_user SET
              wrong_codes = CASE WHEN :right OR wrong_codes + 1 >= :most THEN 0 ELSE wrong_codes + 1 END,
              codes_refused_until = CASE WHEN NOT :right AND wrong_codes + 1 >= :most
                THEN :until ELSE codes_refused_until END
            WHERE id = :user
            """)
        .param("right", right)
        .param("most", MOST_WRONG_CODES)
        .param("until", clock.now().plus(PAUSE))
        .param("user", userId)
        .update();
    return right;
  }

  /** Whether every code is being refused for now, after too many wrong ones. */
  public boolean paused(long userId) {
    return jdbc.sql(
            "SELECT codes_refused_until > :now FROM app_user WHERE id = :user AND codes_refused_until IS NOT NULL")
        .param("now", clock.now())
        .param("user", userId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  private boolean totp(long userId, String secret, String typed) {
    OptionalLong step = Totp.stepOf(secret, typed, clock.instant());
    return step.isPresent()
        && jdbc.sql(
                    """
                    UPDATE app_user SET totp_last_step = :step
                    WHERE id = :user AND (totp_last_step IS NULL OR totp_last_step < :step)
                    """)
                .param("step", step.getAsLong())
                .param("user", userId)
                .update()
            == 1;
  }

  /** New recovery codes, shown once; the old ones stop working. */
  @Transactional
  public List<String> newRecoveryCodes(long userId) {
    return recoveryCodes.replace(userId);
  }

  /** Takes the user's authenticator and recovery codes away. */
  @Transactional
  public void turnOff(long userId) {
    jdbc.sql(
            """
            UPDATE app_user SET totp_secret = NULL, totp_enrolled_at = NULL, totp_last_step = NULL
            WHERE id = :user
            """)
        .param("user", userId)
        .update();
    recoveryCodes.removeAll(userId);
  }

  /** The roles whose holders must use a second factor. */
  public Set<Role> requiredRoles() {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    jdbc.sql("SELECT role FROM second_factor_role")
        .query(String.class)
        .list()
        .forEach(r -> roles.add(Role.valueOf(r)));
    return roles;
  }

  /** Whether someone holding these roles must use a second factor. */
  public boolean requiredFor(Collection<Role> roles) {
    Set<Role> required = requiredRoles();
    return roles.stream().anyMatch(required::contains);
  }

  /** Sets the roles that must use a second factor, in place of those that did. */
  @Transactional
  public void require(Collection<Role> roles) {
    jdbc.sql("DELETE FROM second_factor_role").update();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO second_factor_role (role) VALUES (:role)")
          .param("role", role.name())
          .update();
    }
  }
}
