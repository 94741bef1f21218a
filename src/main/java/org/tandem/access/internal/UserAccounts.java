package org.tandem.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.CurrentUser;
import org.tandem.access.Role;
import org.tandem.access.TandemPrincipal;
import org.tandem.calendar.ServiceClock;

/** Local user accounts, their roles and the areas their team covers. */
@Repository
class UserAccounts {

  private final JdbcClient jdbc;
  private final ServiceClock clock;

  UserAccounts(JdbcClient jdbc, ServiceClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<TandemPrincipal> findByUsername(String username) {
    return jdbc.sql(
            """
            SELECT id, username, display_name, password_hash, enabled, locked_until
            FROM app_user WHERE username = :username
            """)
        .param("username", username)
        .query(this::principal)
        .optional();
  }

  Optional<TandemPrincipal> findById(long id) {
    return jdbc.sql(
            """
            SELECT id, username, display_name, password_hash, enabled, locked_until
            FROM app_user WHERE id = :id
            """)
        .param("id", id)
        .query(this::principal)
        .optional();
  }

  private TandemPrincipal principal(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
    boolean locked = lockedUntil != null && lockedUntil.toInstant().isAfter(clock.instant());
    CurrentUser user =
        new CurrentUser(
            id, rs.getString("username"), rs.getString("display_name"), roles(id), areas(id));
    return new TandemPrincipal(
        user, rs.getString("password_hash"), rs.getBoolean("enabled"), locked);
  }

  private Set<Role> roles(long userId) {
    List<String> names =
        jdbc.sql("SELECT role FROM user_role WHERE user_id = :id")
            .param("id", userId)
            .query(String.class)
            .list();
    Set<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(n -> roles.add(Role.valueOf(n)));
    return roles;
  }

  private Set<Long> areas(long userId) {
    return new HashSet<>(
        jdbc.sql(
                """
                SELECT ta.area_id FROM app_user u JOIN team_area ta ON ta.team_id = u.team_id
                WHERE u.id = :id
                """)
            .param("id", userId)
            .query(Long.class)
            .list());
  }

  /** Counts a failed sign-in and locks the account once it reaches the limit. */
  void recordFailedSignIn(String username, int limit, java.time.Duration lockFor) {
    Instant lockedUntil = clock.instant().plus(lockFor);
    jdbc.sql(
            """
            UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1,
              locked_until = CASE WHEN failed_sign_ins + 1 >= :limit THEN :lockedUntil ELSE locked_until END
            WHERE username = :username
            """)
        .param("limit", limit)
        .param("lockedUntil", OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC))
        .param("username", username)
        .update();
  }

  void recordSuccessfulSignIn(String username) {
    jdbc.sql(
            "UPDATE app_user SET failed_sign_ins = 0, locked_until = NULL WHERE username = :username")
        .param("username", username)
        .update();
  }
}
