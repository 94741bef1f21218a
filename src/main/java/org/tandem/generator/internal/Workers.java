package org.tandem.generator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The practitioners of the generated areas as real accounts, so the generated history can be signed
 * in to and worked: in each area an intake worker, a perpetrator worker, a facilitator, a
 * partner-support worker, a children's worker and a service manager, with the area's assessed cases
 * allocated to its workers; and one commissioner and one service manager covering every generated
 * area, as a national collector would. Every account has the same password and an API token of
 * known value, for the benchmark: a synthetic database only.
 */
public final class Workers {

  /** The password of every generated account. Never use a generated database for real work. */
  public static final String PASSWORD = "Tandem-bench-2026";

  /** Accounts in every generated area, by the suffix of their usernames ({@code gnaa.worker}). */
  public static final List<String[]> PER_AREA =
      List.of(
          new String[] {"intake", "INTAKE"},
          new String[] {"worker", "PERPETRATOR_WORKER"},
          new String[] {"facilitator", "PERPETRATOR_WORKER"},
          new String[] {"partner", "PARTNER_SUPPORT_WORKER"},
          new String[] {"children", "CHILDRENS_WORKER"},
          new String[] {"manager", "SERVICE_MANAGER"});

  /** Accounts covering every generated area. */
  public static final List<String[]> NATIONAL =
      List.of(
          new String[] {"gn.commissioner", "COMMISSIONER"},
          new String[] {"gn.manager", "SERVICE_MANAGER"});

  private static final long NAME_SEED = 2026L;
  private static final String TOKEN_NAME = "Benchmark token";

  /**
   * The benchmark runs on the real calendar, long after the fixed history it reads was made, so its
   * tokens work for ten years past the history's end, far longer than anyone's own token may.
   */
  private static final Instant TOKEN_EXPIRES =
      Generation.END.plusYears(10).atStartOfDay().toInstant(ZoneOffset.UTC);

  private Workers() {}

  /** The API token of a generated account: {@code tdm_bench_} and its username, dots as '_'. */
  public static String token(String username) {
    return "tdm_bench_" + username.replace('.', '_');
  }

  /** Creates the accounts, their tokens and the allocations; returns how many accounts. */
  public static int create(Connection c, Consumer<String> progress)
      throws SQLException, IOException {
    CopyTable team = table(c, "team", "id, name", true);
    CopyTable teamArea = table(c, "team_area", "team_id, area_id", false);
    CopyTable user =
        table(
            c, "app_user", "id, username, display_name, password_hash, team_id, created_at", true);
    CopyTable role = table(c, "user_role", "user_id, role", false);
    CopyTable token =
        table(
            c,
            "api_token",
            "id, user_id, name, token_hash, token_hint, scope, created_at, expires_at",
            true);
    // One adaptive hash for all: hashing a thousand passwords would take minutes, and the
    // password is public anyway.
    String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
    Instant created = Generation.START.minusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    SplittableRandom names = new SplittableRandom(NAME_SEED);
    List<GeneratedArea> areas = generatedAreas(c);
    for (GeneratedArea area : areas) {
      for (String[] account : PER_AREA) {
        String username = area.code().toLowerCase() + "." + account[0];
        long id = user.nextId();
        user.row(id, username, displayName(names), hash, area.teamId(), created);
        role.row(id, account[1]);
        token.row(
            token.nextId(),
            id,
            TOKEN_NAME,
            sha256(token(username)),
            hint(username),
            "READ_WRITE",
            created,
            TOKEN_EXPIRES);
      }
    }
    long national = team.nextId();
    team.row(national, "Every generated area (generated)");
    for (GeneratedArea area : areas) {
      teamArea.row(national, area.id());
    }
    for (String[] account : NATIONAL) {
      long id = user.nextId();
      user.row(id, account[0], displayName(names), hash, national, created);
      role.row(id, account[1]);
      token.row(
          token.nextId(),
          id,
          TOKEN_NAME,
          sha256(token(account[0])),
          hint(account[0]),
          "READ_WRITE",
          created,
          TOKEN_EXPIRES);
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    for (CopyTable t : List.of(team, teamArea, user, role, token)) {
      t.copy(copy, t.take());
    }
    advance(c, "team", "app_user", "api_token");
    // The benchmark's browsers sign in with the public password alone: no role of a synthetic
    // database is made to set up an authenticator (a new real database makes the case roles).
    try (java.sql.Statement noSecondFactor = c.createStatement()) {
      noSecondFactor.executeUpdate("DELETE FROM second_factor_role");
    }
    int allocated = allocate(c);
    c.commit();
    progress.accept(
        "workers: "
            + user.written()
            + " accounts (password "
            + PASSWORD
            + "), "
            + allocated
            + " cases allocated");
    return (int) user.written();
  }

  private static CopyTable table(Connection c, String name, String columns, boolean hasId)
      throws SQLException {
    CopyTable t = new CopyTable(name, columns, hasId);
    if (hasId) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + name)) {
        rs.next();
        t.startIdsAfter(rs.getLong(1));
      }
    }
    return t;
  }

  private record GeneratedArea(long id, String code, long teamId) {}

  /** Each generated area and its own team (the generator makes one team per area). */
  private static List<GeneratedArea> generatedAreas(Connection c) throws SQLException {
    List<GeneratedArea> areas = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT a.id, a.code, min(ta.team_id) FROM area a"
                + " JOIN team_area ta ON ta.area_id = a.id"
                + " WHERE a.code LIKE ? || '%' GROUP BY a.id, a.code ORDER BY a.code")) {
      s.setString(1, AreaPlan.CODE_PREFIX);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          areas.add(new GeneratedArea(rs.getLong(1), rs.getString(2), rs.getLong(3)));
        }
      }
    }
    return areas;
  }

  /**
   * A case is allocated once it is assessed, as services allocate: the area's perpetrator worker,
   * and its partner-support worker when the case has a partner.
   */
  private static int allocate(Connection c) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            """
            UPDATE referral r
               SET allocated_perpetrator_worker_id = w.id,
                   allocated_partner_support_worker_id =
                     CASE WHEN EXISTS (SELECT 1 FROM partner p WHERE p.referral_id = r.id)
                          THEN ps.id END
              FROM area a, app_user w, app_user ps
             WHERE r.area_id = a.id AND a.code LIKE ? || '%'
               AND w.username = lower(a.code) || '.worker'
               AND ps.username = lower(a.code) || '.partner'
               AND EXISTS (SELECT 1 FROM assessment s WHERE s.referral_id = r.id)
            """)) {
      s.setString(1, AreaPlan.CODE_PREFIX);
      return s.executeUpdate();
    }
  }

  private static void advance(Connection c, String... tables) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String t : tables) {
        s.execute(
            "SELECT setval(pg_get_serial_sequence('"
                + t
                + "', 'id'), max(id)) FROM "
                + t
                + " HAVING max(id) IS NOT NULL");
      }
    }
  }

  private static String displayName(SplittableRandom r) {
    String first = r.nextBoolean() ? Invented.hisName(r) : Invented.herName(r);
    return first + " " + Invented.familyName(r);
  }

  private static String hint(String username) {
    return token(username).substring(0, 10);
  }

  /** As Tandem keeps tokens: only their SHA-256, in hex. */
  private static String sha256(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
