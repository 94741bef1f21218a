package org.tandem.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.tandem.generator.internal.Invented;
import org.tandem.referral.CaseStatus;

/**
 * The generator, run for 200 families into two fresh databases of its own (never the shared test
 * database, whose tests count areas and cases): the same seed makes the same history, every case
 * has a journey that ends where the case stands and follows the journey's rules, the families have
 * the partners and children a service sees, and every person is invented.
 */
class SyntheticHistoryTest {

  private static final int FAMILIES = 200;
  private static final long SEED = 7;

  private static EmbeddedPostgres postgres;
  private static DataSource first;
  private static DataSource second;
  private static Map<String, Long> firstRows;
  private static Map<String, Long> secondRows;

  @BeforeAll
  static void generateTwice() throws Exception {
    postgres =
        EmbeddedPostgres.builder()
            .setServerConfig("timezone", "UTC")
            .setServerConfig("synchronous_commit", "off")
            .start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE history_one");
      s.execute("CREATE DATABASE history_two");
    }
    first = migrated("history_one");
    second = migrated("history_two");
    firstRows = SyntheticHistory.generate(first, FAMILIES, SEED, line -> {});
    secondRows = SyntheticHistory.generate(second, FAMILIES, SEED, line -> {});
  }

  private static DataSource migrated(String database) {
    DataSource ds = postgres.getDatabase("postgres", database);
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    return ds;
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void theSameSeedMakesTheSameHistory() {
    assertThat(secondRows).isEqualTo(firstRows);
    for (String table :
        List.of(
            "area",
            "referral",
            "case_status_change",
            "assessment_dash_answer",
            "partner",
            "child",
            "attendance",
            "programme_group",
            "programme_review",
            "risk_report",
            "risk_review",
            "marac_referral",
            "partner_support_task",
            "referrer_evaluation",
            "womens_group",
            "womens_group_attendance",
            "womens_group_member",
            "audit_event")) {
      assertThat(checksum(second, table)).as(table).isEqualTo(checksum(first, table));
    }
    assertThat(firstRows.get("referral")).isEqualTo(FAMILIES);
    assertThat(count("SELECT count(*) FROM area WHERE code LIKE 'GN%'")).isEqualTo(150);
  }

  private static String checksum(DataSource ds, String table) {
    return JdbcClient.create(ds)
        .sql("SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM " + table + " t")
        .query(String.class)
        .single();
  }

  @Test
  void everyCaseHasMovesThatFollowTheJourneyAndEndWhereItStands() {
    JdbcClient jdbc = JdbcClient.create(first);
    List<String[]> moves =
        jdbc.sql(
                """
                SELECT c.referral_id, c.status, c.changed_on, r.status
                FROM case_status_change c JOIN referral r ON r.id = c.referral_id
                ORDER BY c.referral_id, c.changed_at, c.id
                """)
            .query(
                (rs, i) ->
                    new String[] {
                      rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)
                    })
            .list();
    List<String> problems = new ArrayList<>();
    Set<String> cases = new HashSet<>();
    for (int i = 0; i < moves.size(); i++) {
      String[] m = moves.get(i);
      boolean firstMove = cases.add(m[0]);
      boolean lastMove = i + 1 == moves.size() || !moves.get(i + 1)[0].equals(m[0]);
      CaseStatus to = CaseStatus.valueOf(m[1]);
      if (firstMove && to != CaseStatus.AWAITING_TRIAGE) {
        problems.add(m[0] + " starts at " + to);
      }
      if (!firstMove) {
        String[] before = moves.get(i - 1);
        if (!to.reachedFrom().contains(CaseStatus.valueOf(before[1]))) {
          problems.add(m[0] + " moves " + before[1] + " -> " + to);
        }
        if (m[2].compareTo(before[2]) < 0) {
          problems.add(m[0] + " moves back in time to " + m[2]);
        }
      }
      if (lastMove && !m[1].equals(m[3])) {
        problems.add(m[0] + " ends its moves at " + m[1] + " but stands at " + m[3]);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(cases).hasSize(FAMILIES);
    assertThat(
            JdbcClient.create(first)
                .sql("SELECT DISTINCT status FROM referral")
                .query(String.class)
                .list())
        .contains("CLOSED", "IN_PROGRAMME", "COMPLETED", "EXITED_EARLY");
  }

  @Test
  void aPlaceOnAGroupMatchesWhereTheCaseStands() {
    assertThat(
            count(
                """
                SELECT count(*) FROM referral r
                WHERE r.status IN ('WAITING_FOR_GROUP', 'IN_PROGRAMME')
                  AND NOT EXISTS (SELECT 1 FROM enrolment e WHERE e.referral_id = r.id
                                  AND e.status IN ('WAITING', 'ATTENDING'))
                """))
        .isZero();
    assertThat(
            count(
                """
                SELECT count(*) FROM attendance a JOIN group_session s ON s.id = a.group_session_id
                JOIN enrolment e ON e.id = a.enrolment_id
                WHERE s.held_on < e.intake_on OR s.group_id <> e.group_id
                """))
        .isZero();
  }

  @Test
  void familiesHaveThePartnersAndChildrenAServiceSees() {
    double partners = firstRows.get("partner") / (double) FAMILIES;
    double children = firstRows.get("child") / (double) FAMILIES;
    assertThat(partners).isBetween(1.3, 1.7);
    assertThat(children).isBetween(1.8, 2.6);
    assertThat(firstRows.get("attendance")).isGreaterThan(FAMILIES * 4L);
    assertThat(firstRows.get("audit_event")).isGreaterThan(FAMILIES * 30L);
    // Her DASH at 14 or more: a MARAC referral is made for a share of cases, not all or none.
    assertThat(firstRows.get("marac_referral")).isBetween(FAMILIES / 50L, FAMILIES / 4L);
  }

  @Test
  void noSessionHoldsMoreThanTwelveMenOrTwelveWomen() {
    assertThat(
            count(
                "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM attendance"
                    + " GROUP BY group_session_id) s"))
        .isBetween(2L, 12L);
    assertThat(
            count(
                "SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n"
                    + " FROM womens_group_attendance GROUP BY session_id) s"))
        .isBetween(2L, 12L);
    assertThat(
            count(
                "SELECT count(*) FROM womens_group_attendance a"
                    + " JOIN womens_group_session s ON s.id = a.session_id"
                    + " JOIN womens_group_member m ON m.partner_id = a.partner_id"
                    + " AND m.group_id = s.group_id"
                    + " WHERE s.held_on < m.joined_on OR s.held_on > m.left_on"))
        .isZero();
  }

  @Test
  void theHistoryHasEveryKindOfWorkTheServiceRecords() {
    for (String table :
        List.of(
            "programme_review",
            "risk_review",
            "referrer_evaluation",
            "partner_support_task",
            "partner_evaluation",
            "womens_group_session",
            "womens_group_member",
            "womens_group_attendance")) {
      assertThat(firstRows.get(table)).as(table).isPositive();
    }
    JdbcClient jdbc = JdbcClient.create(first);
    assertThat(jdbc.sql("SELECT DISTINCT trigger FROM marac_referral").query(String.class).list())
        .containsExactlyInAnyOrder("VISIBLE_HIGH_RISK", "ESCALATION", "PROFESSIONAL_JUDGEMENT");
    assertThat(jdbc.sql("SELECT DISTINCT kind FROM risk_report").query(String.class).list())
        .containsExactlyInAnyOrder("RISK_IDENTIFICATION", "UPDATE_WEEK_12", "UPDATE_COMPLETION");
    assertThat(jdbc.sql("SELECT DISTINCT kind FROM programme_review").query(String.class).list())
        .containsExactlyInAnyOrder("WEEK_12", "COMPLETION", "ABSENCES");
    assertThat(jdbc.sql("SELECT DISTINCT point FROM partner_evaluation").query(String.class).list())
        .containsExactlyInAnyOrder("THREE_MONTHS", "SIX_MONTHS", "EIGHTEEN_MONTHS");
    assertThat(
            jdbc.sql("SELECT DISTINCT kind FROM partner_support_task").query(String.class).list())
        .contains(
            "SEND_LETTER_AND_PACK",
            "CONTACT_HER",
            "EVALUATION_3_MONTHS",
            "EVALUATION_6_MONTHS",
            "EVALUATION_18_MONTHS");
    // Every missed session without a reason is on his risk timeline, as the register puts it.
    assertThat(count("SELECT count(*) FROM risk_event WHERE kind = 'MISSED_SESSION'"))
        .isEqualTo(count("SELECT count(*) FROM attendance WHERE mark = 'ABSENT_WITHOUT_REASON'"));
    // A worker's list is short on the last day: most tasks are done.
    assertThat(count("SELECT count(*) FROM partner_support_task WHERE completed_at IS NULL"))
        .isLessThan(firstRows.get("partner_support_task") / 5);
  }

  @Test
  void theServiceReportsReadTheHistory() {
    JdbcClient jdbc = JdbcClient.create(first);
    assertThat(count("SELECT count(*) FROM report_case_journey")).isEqualTo(FAMILIES);
    assertThat(count("SELECT count(*) FROM report_programme_progress"))
        .isEqualTo(count("SELECT count(DISTINCT referral_id) FROM enrolment"));
    assertThat(count("SELECT sum(sessions_attended) FROM report_programme_progress"))
        .isEqualTo(count("SELECT count(*) FROM attendance WHERE mark IN ('ATTENDED', 'LATE')"));
    assertThat(
            count(
                "SELECT count(*) FROM report_programme_progress"
                    + " WHERE place_completed AND sixty_hours_in_a_curriculum"))
        .isPositive();
    assertThat(count("SELECT sum(partners_in_womens_group) FROM report_partner_support"))
        .isEqualTo(count("SELECT count(DISTINCT partner_id) FROM womens_group_member"));
    assertThat(count("SELECT count(*) FROM report_marac_referral"))
        .isEqualTo(firstRows.get("marac_referral"));
    assertThat(count("SELECT count(*) FROM report_child")).isEqualTo(firstRows.get("child"));
    assertThat(jdbc.sql("SELECT count(*) FROM report_police_call_out").query(Long.class).single())
        .isPositive();
  }

  @Test
  void alertsGoToTheWorkersCoveringTheAreaNeverToWhoeverRaisedThem() {
    // The generator makes each area's workers, then raises the alerts for them.
    JdbcClient jdbc = JdbcClient.create(first);
    long events =
        jdbc.sql(
                "SELECT count(*) FROM risk_event e JOIN referral r ON r.id = e.referral_id"
                    + " JOIN area a ON a.id = r.area_id WHERE a.code = 'GNAA' AND e.raises_alert")
            .query(Long.class)
            .single();
    long raised =
        jdbc.sql(
                "SELECT count(*) FROM risk_alert al JOIN risk_event e ON e.id = al.risk_event_id"
                    + " JOIN referral r ON r.id = e.referral_id JOIN area a ON a.id = r.area_id"
                    + " WHERE a.code = 'GNAA'")
            .query(Long.class)
            .single();
    assertThat(events).isPositive();
    assertThat(raised).isGreaterThanOrEqualTo(events);
    // The perpetrator worker recorded each event: only the partner-support worker hears of it.
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM risk_alert a JOIN app_user u ON u.id = a.for_user_id"
                        + " JOIN risk_event e ON e.id = a.risk_event_id"
                        + " WHERE u.username = e.recorded_by")
                .query(Long.class)
                .single())
        .isZero();
    long all = jdbc.sql("SELECT count(*) FROM risk_alert").query(Long.class).single();
    assertThat(
            jdbc.sql("SELECT count(*) FROM risk_alert WHERE acknowledged_at IS NOT NULL")
                .query(Long.class)
                .single())
        .isBetween(all / 2, all);
  }

  @Test
  void everyPersonIsInvented() {
    Pattern his = combined(Invented.HIS_STARTS, Invented.HIS_ENDS);
    Pattern her = combined(Invented.HER_STARTS, Invented.HER_ENDS);
    Pattern family = combined(Invented.FAMILY_STARTS, Invented.FAMILY_ENDS);
    Pattern phone = Pattern.compile("07700 900\\d{3}");
    JdbcClient jdbc = JdbcClient.create(first);
    jdbc.sql("SELECT man_given_name, man_family_name, man_phone, referrer_phone FROM referral")
        .query(
            rs -> {
              assertThat(rs.getString(1)).matches(his);
              assertThat(rs.getString(2)).matches(family);
              assertThat(rs.getString(3)).matches(phone);
              assertThat(rs.getString(4)).matches(phone);
            });
    jdbc.sql("SELECT given_name, family_name, phone FROM partner")
        .query(
            rs -> {
              assertThat(rs.getString(1)).matches(her);
              assertThat(rs.getString(2)).matches(family);
              assertThat(rs.getString(3)).matches(phone);
            });
  }

  private static Pattern combined(List<String> starts, List<String> ends) {
    return Pattern.compile("(" + String.join("|", starts) + ")(" + String.join("|", ends) + ")");
  }

  @Test
  void tandemCarriesOnNumberingAfterTheGeneratedRows() throws SQLException {
    JdbcClient jdbc = JdbcClient.create(first);
    long highest = jdbc.sql("SELECT max(id) FROM team").query(Long.class).single();
    long next =
        jdbc.sql("INSERT INTO team (name) VALUES ('A team made after generating') RETURNING id")
            .query(Long.class)
            .single();
    assertThat(next).isGreaterThan(highest);
    assertThat(
            count(
                "SELECT count(*) FROM area WHERE code LIKE 'GN%' AND next_case_number <>"
                    + " (SELECT count(*) FROM referral r WHERE r.area_id = area.id) + 1"))
        .isZero();
    assertThatThrownBy(() -> SyntheticHistory.generate(second, 10, SEED, line -> {}))
        .hasMessageContaining("already holds a generated history");
  }

  @Test
  void eachAreasWorkersCanSignInAndHoldTheAssessedCases() {
    JdbcClient jdbc = JdbcClient.create(first);
    String hash =
        jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'gnaa.worker'")
            .query(String.class)
            .single();
    assertThat(
            PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches("Tandem-bench-2026", hash))
        .isTrue();
    assertThat(
            jdbc.sql(
                    "SELECT r.role FROM app_user u JOIN user_role r ON r.user_id = u.id"
                        + " JOIN team_area ta ON ta.team_id = u.team_id"
                        + " JOIN area a ON a.id = ta.area_id"
                        + " WHERE u.username = 'gnaa.partner' AND a.code = 'GNAA'")
                .query(String.class)
                .list())
        .containsExactly("PARTNER_SUPPORT_WORKER");
    assertThat(
            count(
                "SELECT count(*) FROM api_token t JOIN app_user u ON u.id = t.user_id"
                    + " WHERE u.username = 'gn.commissioner' AND t.token_hash = encode(sha256("
                    + "'tdm_bench_gn_commissioner'::bytea), 'hex')"))
        .isOne();
    assertThat(
            count(
                "SELECT count(*) FROM team_area ta JOIN app_user u ON u.team_id = ta.team_id"
                    + " WHERE u.username = 'gn.commissioner'"))
        .isEqualTo(150);
    assertThat(
            count(
                "SELECT count(*) FROM referral r JOIN area a ON a.id = r.area_id"
                    + " JOIN app_user w ON w.id = r.allocated_perpetrator_worker_id"
                    + " WHERE w.username <> lower(a.code) || '.worker'"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM referral r WHERE r.allocated_perpetrator_worker_id IS NULL"
                    + " AND EXISTS (SELECT 1 FROM assessment s WHERE s.referral_id = r.id)"))
        .isZero();
  }

  private static long count(String sql) {
    return JdbcClient.create(first).sql(sql).query(Long.class).single();
  }
}
