package org.tandem.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates teams and local user accounts. */
@Service
public class Accounts {

  private final JdbcClient jdbc;
  private final PasswordEncoder passwordEncoder;

  Accounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
    this.jdbc = jdbc;
    this.passwordEncoder = passwordEncoder;
  }

  @Transactional
  public long createTeam(String name, Collection<Long> areaIds) {
    long id =
        jdbc.sql("INSERT INTO team (name) VALUES (:name) RETURNING id")
            .param("name", name)
            .query(Long.class)
            .single();
    for (Long areaId : areaIds) {
      jdbc.sql("INSERT INTO team_area (team_id, area_id) VALUES (:team, :area)")
          .param("team", id)
          .param("area", areaId)
          .update();
    }
    return id;
  }

  @Transactional
  public long createUser(
      String username, String displayName, String password, Long teamId, Collection<Role> roles) {
    long id =
        jdbc.sql(
                """
                INSERT INTO app_user (username, display_name, password_hash, team_id)
                VALUES (:username, :displayName, :hash, :team) RETURNING id
                """)
            .param("username", username)
            .param("displayName", displayName)
            .param("hash", passwordEncoder.encode(password))
            .param("team", teamId)
            .query(Long.class)
            .single();
    for (Role role : roles) {
      jdbc.sql("INSERT INTO user_role (user_id, role) VALUES (:id, :role)")
          .param("id", id)
          .param("role", role.name())
          .update();
    }
    return id;
  }

  /** A new account with a work email address, by which the council's sign-in finds it. */
  @Transactional
  public long createUser(
      String username,
      String displayName,
      String password,
      Long teamId,
      Collection<Role> roles,
      String email) {
    long id = createUser(username, displayName, password, teamId, roles);
    setEmail(id, email);
    return id;
  }

  /** Sets or, when blank, removes an account's work email address. */
  @Transactional
  public void setEmail(long userId, String email) {
    jdbc.sql("UPDATE app_user SET email = :email WHERE id = :id")
        .param("email", email == null || email.isBlank() ? null : email.strip())
        .param("id", userId)
        .update();
  }

  /** Whether another account already has this email address, whatever its letter case. */
  public boolean emailTaken(String email, Long exceptUserId) {
    return jdbc.sql(
            """
            SELECT EXISTS (SELECT 1 FROM app_user
              WHERE lower(email) = lower(:email) AND id IS DISTINCT FROM :except)
            """)
        .param("email", email.strip())
        .param("except", exceptUserId)
        .query(Boolean.class)
        .single();
  }

  public Optional<Long> teamOf(long userId) {
    return jdbc.sql("SELECT team_id FROM app_user WHERE id = :id AND team_id IS NOT NULL")
        .param("id", userId)
        .query(Long.class)
        .optional();
  }

  /** A user as the administrator's list shows them. */
  public record UserSummary(
      long id,
      String username,
      String displayName,
      String team,
      List<Role> roles,
      boolean enabled,
      String email,
      boolean secondFactor) {}

  /** A team and the areas it covers. */
  public record TeamSummary(long id, String name, List<String> areaNames) {}

  public List<UserSummary> users() {
    return jdbc.sql(
            """
            SELECT u.id, u.username, u.display_name, t.name AS team, u.enabled, u.email,
              u.totp_secret IS NOT NULL AS second_factor,
              coalesce(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
            FROM app_user u
            LEFT JOIN team t ON t.id = u.team_id
            LEFT JOIN user_role r ON r.user_id = u.id
            GROUP BY u.id, t.name
            ORDER BY u.display_name, u.id
            """)
        .query(
            (rs, i) ->
                new UserSummary(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    rs.getString("team"),
                    Arrays.stream((String[]) rs.getArray("roles").getArray())
                        .map(Role::valueOf)
                        .toList(),
                    rs.getBoolean("enabled"),
                    rs.getString("email"),
                    rs.getBoolean("second_factor")))
        .list();
  }

  public List<TeamSummary> teams() {
    return jdbc.sql(
            """
            SELECT t.id, t.name,
              coalesce(array_agg(a.name ORDER BY a.name) FILTER (WHERE a.name IS NOT NULL), '{}') AS areas
            FROM team t
            LEFT JOIN team_area ta ON ta.team_id = t.id
            LEFT JOIN area a ON a.id = ta.area_id
            GROUP BY t.id ORDER BY t.name
            """)
        .query(
            (rs, i) ->
                new TeamSummary(
                    rs.getLong("id"),
                    rs.getString("name"),
                    List.of((String[]) rs.getArray("areas").getArray())))
        .list();
  }

  public boolean usernameTaken(String username) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:u))")
        .param("u", username)
        .query(Boolean.class)
        .single();
  }

  public boolean teamNameTaken(String name) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM team WHERE lower(name) = lower(:n))")
        .param("n", name)
        .query(Boolean.class)
        .single();
  }

  /** Withdraws or restores an account; a withdrawn account cannot sign in or use its tokens. */
  @Transactional
  public void setEnabled(long userId, boolean enabled) {
    jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE id = :id")
        .param("enabled", enabled)
        .param("id", userId)
        .update();
  }

  /** Changes a password if the current one is right; false if it is not. */
  @Transactional
  public boolean changePassword(long userId, String current, String replacement) {
    String hash =
        jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
            .param("id", userId)
            .query(String.class)
            .single();
    if (!passwordEncoder.matches(current, hash)) {
      return false;
    }
    jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
        .param("hash", passwordEncoder.encode(replacement))
        .param("id", userId)
        .update();
    return true;
  }

  /** A worker who can be allocated to a case. */
  public record Worker(long id, String displayName) {}

  /** Active users holding this role whose team covers the area, by name. */
  public List<Worker> workers(long areaId, Role role) {
    return jdbc.sql(
            """
            SELECT u.id, u.display_name FROM app_user u
            JOIN user_role r ON r.user_id = u.id AND r.role = :role
            JOIN team_area ta ON ta.team_id = u.team_id AND ta.area_id = :area
            WHERE u.enabled ORDER BY u.display_name, u.id
            """)
        .param("role", role.name())
        .param("area", areaId)
        .query((rs, i) -> new Worker(rs.getLong(1), rs.getString(2)))
        .list();
  }

  public boolean anyUsers() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
  }
}
