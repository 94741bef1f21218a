package org.tandem.access.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.CurrentUser;
import org.tandem.access.Role;
import org.tandem.access.TandemPrincipal;

/**
 * Local user accounts, their roles and the areas their team covers; a referrer's, the area they
 * were invited to refer to.
 */
@Repository
class UserAccounts {

  private final JdbcClient jdbc;

  UserAccounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A user's row with their roles and areas gathered in the same statement. */
  private static final String USER =
      """
      SELECT u.id, u.username, u.display_name, u.password_hash, u.enabled,
        ARRAY(SELECT r.role FROM user_role r WHERE r.user_id = u.id) AS roles,
        ARRAY(SELECT ta.area_id FROM team_area ta WHERE ta.team_id = u.team_id
          UNION SELECT ra.area_id FROM referrer_account ra WHERE ra.user_id = u.id) AS areas
      FROM app_user u
      """;

  Optional<TandemPrincipal> findByUsername(String username) {
    return jdbc.sql(USER + "WHERE u.username = :username")
        .param("username", username)
        .query(this::principal)
        .optional();
  }

  /** The account with this work email address, whatever the letter case of either. */
  Optional<TandemPrincipal> findByEmail(String email) {
    return jdbc.sql(USER + "WHERE lower(u.email) = lower(:email)")
        .param("email", email.strip())
        .query(this::principal)
        .optional();
  }

  Optional<TandemPrincipal> findById(long id) {
    return jdbc.sql(USER + "WHERE u.id = :id").param("id", id).query(this::principal).optional();
  }

  /**
   * Maps one row that already carries the user's roles and areas: a query run here, inside the row
   * mapper, would hold a second pooled connection while the first is still open, and enough callers
   * at once would exhaust the pool waiting on each other.
   */
  private TandemPrincipal principal(ResultSet rs, int row) throws SQLException {
    CurrentUser user =
        new CurrentUser(
            rs.getLong("id"),
            rs.getString("username"),
            rs.getString("display_name"),
            roles(rs.getArray("roles")),
            areas(rs.getArray("areas")));
    return new TandemPrincipal(user, rs.getString("password_hash"), rs.getBoolean("enabled"));
  }

  private static Set<Role> roles(Array names) throws SQLException {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Object name : (Object[]) names.getArray()) {
      roles.add(Role.valueOf((String) name));
    }
    return roles;
  }

  private static Set<Long> areas(Array ids) throws SQLException {
    Set<Long> areas = new HashSet<>();
    for (Object id : (Object[]) ids.getArray()) {
      areas.add(((Number) id).longValue());
    }
    return areas;
  }
}
