package org.tandem;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.access.Accounts;
import org.tandem.access.ApiTokens;
import org.tandem.access.Area;
import org.tandem.access.Areas;
import org.tandem.access.Role;
import org.tandem.demo.DemoUsers;

/**
 * An area of a test's own, with its own team: whatever a test makes here, no other test sees in its
 * lists, queues or reports, and nothing another test makes pushes it off a page. Ask it for a
 * worker in any case role ({@link #user}); each is made the first time it is asked for, covering
 * this area only, with a password and an API token of its own. Everyone is invented.
 */
public final class TestArea {

  /** A user of a test area: what a test signs in with or sends as a bearer token. */
  public record User(
      long id, String username, String displayName, String password, String token, Role role) {}

  public static final String PASSWORD = "Test-area-password-2026";

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final JdbcClient jdbc;
  private final Area area;
  private final long teamId;
  private final long managementTeamId;
  private final Map<Role, User> users = new EnumMap<>(Role.class);

  private TestArea(
      Accounts accounts,
      ApiTokens tokens,
      JdbcClient jdbc,
      Area area,
      long teamId,
      long managementTeamId) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.jdbc = jdbc;
    this.area = area;
    this.teamId = teamId;
    this.managementTeamId = managementTeamId;
  }

  /**
   * A new area with two teams, as the demo data has: the workers' team, and the manager's and
   * commissioner's, which may be given other areas too ({@link #alsoManage}).
   */
  static TestArea create(Areas areas, Accounts accounts, ApiTokens tokens, JdbcClient jdbc) {
    String code = freeCode();
    Area area = areas.create(code, "Testshire " + code, null);
    long team = accounts.createTeam("Test team " + code, List.of(area.id()));
    long management = accounts.createTeam("Test management " + code, List.of(area.id()));
    return new TestArea(accounts, tokens, jdbc, area, team, management);
  }

  /**
   * This area's manager and commissioner cover the other area as well, as the demo manager covers
   * both demo areas; the other area's own workers and this area's workers are unchanged.
   */
  public void alsoManage(TestArea other) {
    jdbc.sql("INSERT INTO team_area (team_id, area_id) VALUES (:team, :area)")
        .param("team", managementTeamId)
        .param("area", other.id())
        .update();
  }

  /** A referrer works for an outside agency and refers to this area: no team of the service's. */
  private void referFromTheAreasChildrensServices(long userId) {
    long organisation =
        jdbc.sql(
                """
                INSERT INTO referrer_organisation (name, kind, created_at)
                VALUES (:name, 'CHILDRENS_SOCIAL_CARE', now()) RETURNING id
                """)
            .param("name", area.name() + " Children's Services")
            .query(Long.class)
            .single();
    jdbc.sql("INSERT INTO referrer_account (user_id, organisation_id, area_id) VALUES (:u, :o, :a)")
        .param("u", userId)
        .param("o", organisation)
        .param("a", area.id())
        .update();
  }

  /** "T" and seven random letters: a valid area code that no other test will pick. */
  private static String freeCode() {
    StringBuilder code = new StringBuilder("T");
    for (int i = 0; i < 7; i++) {
      code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return code.toString();
  }

  public Area area() {
    return area;
  }

  public long id() {
    return area.id();
  }

  public String code() {
    return area.code();
  }

  /** This area's worker in a role, made the first time it is asked for. */
  public synchronized User user(Role role) {
    return users.computeIfAbsent(role, this::newUser);
  }

  public String token(Role role) {
    return user(role).token();
  }

  /**
   * This area's worker in the role that the README's demo user of this name has: "manager" is this
   * area's service manager, "eastwick.worker" its perpetrator worker.
   */
  public User likeDemoUser(String demoUsername) {
    return user(
        DemoUsers.ALL.stream()
            .filter(u -> u.username().equals(demoUsername))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("No demo user " + demoUsername))
            .role());
  }

  private User newUser(Role role) {
    String username = (role.name().replace('_', '.') + "." + code()).toLowerCase(Locale.ROOT);
    String display =
        ("Tess " + role.name().charAt(0) + role.name().substring(1).toLowerCase()).replace('_', ' ')
            + " "
            + code();
    long id =
        accounts.createUser(
            username,
            display,
            PASSWORD,
            switch (role) {
              case SYSTEM_ADMINISTRATOR, REFERRER -> null;
              case SERVICE_MANAGER, COMMISSIONER -> managementTeamId;
              default -> teamId;
            },
            List.of(role));
    if (role == Role.REFERRER) {
      accounts.setEmail(id, username + "@example.org");
      referFromTheAreasChildrensServices(id);
    }
    String token = "tdm_test_" + username.replace('.', '_');
    tokens.store(id, "Test token", token);
    return new User(id, username, display, PASSWORD, token, role);
  }
}
