package org.tandem.referrer.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Accounts;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.PasswordPolicy;
import org.tandem.access.Role;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;
import org.tandem.web.Validation;

/**
 * Invitations to referrers: a manager invites someone at an outside agency to refer to an area they
 * cover; the link is single use, lasts {@link #LASTS}, and only a hash of its secret is kept, so
 * the database cannot be read for a working link. Whoever holds the link chooses a username and
 * password and has a referrer's account at that agency, in that area.
 */
@Service
class Invitations {

  private static final Logger log = LoggerFactory.getLogger(Invitations.class);

  static final Duration LASTS = Duration.ofDays(14);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ReferrerStore store;
  private final Accounts accounts;
  private final PasswordPolicy passwords;
  private final CurrentUsers currentUsers;
  private final Validation validation;
  private final ServiceClock clock;
  private final ReferrerWords words;

  Invitations(
      ReferrerStore store,
      Accounts accounts,
      PasswordPolicy passwords,
      CurrentUsers currentUsers,
      Validation validation,
      ServiceClock clock,
      ReferrerWords words) {
    this.words = words;
    this.store = store;
    this.accounts = accounts;
    this.passwords = passwords;
    this.currentUsers = currentUsers;
    this.validation = validation;
    this.clock = clock;
  }

  /** A new invitation's link secret, emailed or shown once, and when it expires. */
  record Made(long id, String token, String email, OffsetDateTime expiresAt) {}

  @Transactional
  Made invite(NewInvitation invitation) {
    List<FieldProblem> problems = new ArrayList<>(validation.problems(invitation));
    CurrentUser me = currentUsers.current();
    if (invitation.areaId() != null && !me.covers(invitation.areaId())) {
      problems.add(words.problem("areaId", "referrer.problem.areaNotYours"));
    }
    String email = invitation.email() == null ? null : invitation.email().strip();
    if (problems.stream().noneMatch(p -> p.field().equals("email"))
        && (accounts.emailTaken(email, null) || store.invitedAlready(email, clock.now()))) {
      problems.add(words.problem("email", "referrer.problem.emailTaken"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    OffsetDateTime now = clock.now();
    long organisation =
        store.organisation(invitation.organisation().strip(), invitation.kind(), now);
    String token = newToken();
    OffsetDateTime expires = now.plus(LASTS);
    long id =
        store.invite(
            email,
            invitation.name().strip(),
            organisation,
            invitation.areaId(),
            hash(token),
            me.username(),
            now,
            expires,
            invitation.language() == null ? EmailLanguage.ENGLISH : invitation.language());
    log.info("{} invited a referrer to area {}", me.username(), invitation.areaId());
    return new Made(id, token, email, expires);
  }

  List<ReferrerStore.Invitation> pending() {
    return store.pending(currentUsers.current().areaIds());
  }

  @Transactional
  void withdraw(long id) {
    CurrentUser me = currentUsers.current();
    if (!store.withdraw(id, me.areaIds(), me.username(), clock.now())) {
      throw new NotFoundException("No pending invitation", Languages.ENGLISH);
    }
  }

  /**
   * A new link for a pending invitation whose email failed, to send again: only the old link's hash
   * is kept, so it cannot be sent again itself, and it stops working. The new one lasts {@link
   * #LASTS} from now.
   */
  @Transactional
  Made reissue(long id) {
    CurrentUser me = currentUsers.current();
    String token = newToken();
    OffsetDateTime expires = clock.now().plus(LASTS);
    String email =
        store
            .reissue(id, me.areaIds(), hash(token), expires, clock.now())
            .orElseThrow(() -> new NotFoundException("No pending invitation", Languages.ENGLISH));
    log.info("{} made a new link for the invitation {}", me.username(), id);
    return new Made(id, token, email, expires);
  }

  /** The invitation this link holds, if it can still be used. */
  Optional<ReferrerStore.Invitation> usable(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    OffsetDateTime now = clock.now();
    return store.byTokenHash(hash(token)).filter(i -> i.usableAt(now));
  }

  /** Makes the referrer's account with the link; refused beside the field at fault. */
  @Transactional
  void accept(String token, String username, String password, String confirmed) {
    ReferrerStore.Invitation invitation =
        usable(token)
            .orElseThrow(() -> new NotFoundException("No such invitation", Languages.ENGLISH));
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    List<FieldProblem> problems = new ArrayList<>();
    if (!name.matches("^[a-z0-9][a-z0-9._-]{1,79}$")) {
      problems.add(words.problem("username", "referrer.problem.username"));
    } else if (accounts.usernameTaken(name)) {
      problems.add(words.problem("username", "referrer.problem.usernameTaken"));
    }
    String typed = password == null ? "" : password;
    if (typed.length() < 12) {
      problems.add(words.problem("password", "referrer.problem.passwordShort"));
    } else if (typed.length() > 128) {
      problems.add(words.problem("password", "referrer.problem.passwordLong"));
    } else {
      passwords
          .problem(typed, name, invitation.name())
          .ifPresent(p -> problems.add(new FieldProblem("password", p)));
    }
    if (problems.stream().noneMatch(p -> p.field().equals("password"))
        && !typed.equals(confirmed)) {
      problems.add(words.problem("confirmed", "referrer.problem.passwordsDiffer"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    long userId =
        accounts.createUser(
            name, invitation.name(), typed, null, List.of(Role.REFERRER), invitation.email());
    if (!store.accept(invitation.id(), userId, clock.now())) {
      throw new NotFoundException("No such invitation", Languages.ENGLISH);
    }
    store.account(userId, store.organisationOf(invitation.id()).orElseThrow(), invitation.areaId());
    log.info("A referrer made the account {} with their invitation", name);
  }

  private static String newToken() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
