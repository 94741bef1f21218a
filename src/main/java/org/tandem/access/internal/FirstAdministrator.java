package org.tandem.access.internal;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.tandem.access.Accounts;
import org.tandem.access.Role;

/**
 * On a new database without demo data nobody could sign in. Setting TANDEM_ADMIN_USERNAME and
 * TANDEM_ADMIN_PASSWORD creates a first system administrator, once, while there are no users at
 * all; they then create everyone else.
 */
@Component
class FirstAdministrator {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  private final Accounts accounts;
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final PasswordRules passwordRules;
  private final String username;
  private final String password;

  FirstAdministrator(
      Accounts accounts,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      PasswordRules passwordRules,
      @Value("${tandem.admin.username:}") String username,
      @Value("${tandem.admin.password:}") String password) {
    this.accounts = accounts;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.passwordRules = passwordRules;
    this.username = username;
    this.password = password;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  void createIfNobodyCanSignIn() {
    if (!StringUtils.hasText(username) || !StringUtils.hasText(password)) {
      return;
    }
    if (password.length() < PasswordRules.MINIMUM_LENGTH) {
      log.warn("TANDEM_ADMIN_PASSWORD must be at least 12 characters; no administrator created");
      return;
    }
    var weak =
        passwordRules.problem(
            password,
            username,
            "System administrator",
            "The password must not contain the username");
    if (weak.isPresent()) {
      log.warn("TANDEM_ADMIN_PASSWORD is refused ({}); no administrator created", weak.get());
      return;
    }
    // Several nodes may start at once on a new database: the lock makes them ask "is there anyone
    // yet?" one after the other, so one creates the administrator and the others find them.
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('tandem.first-administrator'))")
              .query()
              .listOfRows();
          if (accounts.anyUsers()) {
            return;
          }
          accounts.createUser(
              username, "System administrator", password, null, List.of(Role.SYSTEM_ADMINISTRATOR));
          log.info("Created the first system administrator, {}", username);
        });
  }
}
