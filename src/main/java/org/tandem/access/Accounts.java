package org.tandem.access;

import java.util.Collection;
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

  public Optional<Long> teamOf(long userId) {
    return jdbc.sql("SELECT team_id FROM app_user WHERE id = :id AND team_id IS NOT NULL")
        .param("id", userId)
        .query(Long.class)
        .optional();
  }

  public boolean anyUsers() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
  }
}
