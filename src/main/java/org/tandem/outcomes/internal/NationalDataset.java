package org.tandem.outcomes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.Areas;
import org.tandem.access.AuditLog;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.Pseudonyms;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.NotFoundException;

/**
 * The anonymised national dataset: one coded row per case referred in a period, in the areas a
 * service manager covers, under a stable pseudonym. It is worked out in one SQL statement (every
 * figure is an aggregate joined to the chosen cases, never a query per case), and every case in it
 * is an audited read of that case.
 *
 * <p>Only service managers: commissioners see aggregates only, and no case-worker role may take
 * row-level data about cases out of the service. The partner fields are counts and flags derived
 * from behind the wall; nothing she said, nothing about where she is and no date about her.
 */
@Service
class NationalDataset {

  /** What an export is of: its period, scope and the day it was made. */
  record Heading(String scope, LocalDate from, LocalDate to, LocalDate generatedOn) {}

  /** Where the rows go, one at a time, as the database gives them. */
  interface RowWriter {
    void row(DatasetRow row);

    void end();
  }

  /** Rows fetched from the database at a time: the export holds no more than this in memory. */
  private static final int FETCH = 500;

  private final JdbcClient streaming;
  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final AuditLog audit;
  private final DatasetKey key;
  private final ServiceClock clock;
  private final OutcomesWords words;

  NationalDataset(
      DataSource dataSource,
      Areas areas,
      CurrentUsers currentUsers,
      AuditLog audit,
      DatasetKey key,
      ServiceClock clock,
      OutcomesWords words) {
    JdbcTemplate fetchingInParts = new JdbcTemplate(dataSource);
    fetchingInParts.setFetchSize(FETCH);
    this.streaming = JdbcClient.create(fetchingInParts);
    this.areas = areas;
    this.currentUsers = currentUsers;
    this.audit = audit;
    this.key = key;
    this.clock = clock;
    this.words = words;
  }

  LocalDate today() {
    return clock.today();
  }

  /** The areas the signed-in manager may export, by name. */
  List<Area> areasOfCurrentUser() {
    return areas.coveredBy(currentUsers.current());
  }

  /**
   * Streams the cases referred from {@code from} to {@code to} (both included) in the area with
   * this code, or in every area the manager covers when the code is blank, to the writer that
   * {@code open} gives once the request is known to be good, ordered by area, quarter and
   * pseudonym.
   *
   * @throws NotFoundException for an area that does not exist or that the manager does not cover:
   *     the same answer for both, as for a case outside one's areas
   * @throws InvalidRequestException when the period ends before it starts
   */
  // One transaction: the audit entries are written with the read they record, or neither happens.
  // It also lets PostgreSQL hand the rows over in parts (a cursor needs a transaction).
  @Transactional
  void export(String areaCode, LocalDate from, LocalDate to, Function<Heading, RowWriter> open) {
    CurrentUser user = currentUsers.current();
    // The controllers allow managers only; this says so again beside the data it guards.
    if (!user.has(Role.SERVICE_MANAGER)) {
      throw new AccessDeniedException("The national dataset is for service managers");
    }
    if (to.isBefore(from)) {
      throw new InvalidRequestException(
          List.of(words.problem("to", "dataset.problem.toBeforeFrom")));
    }
    List<Long> areaIds;
    String scope;
    if (areaCode == null || areaCode.isBlank()) {
      areaIds = areas.coveredBy(user).stream().map(Area::id).toList();
      scope = "all-areas";
    } else {
      Area area =
          areas
              .byCode(areaCode.strip().toUpperCase(java.util.Locale.ROOT))
              .filter(a -> user.covers(a.id()))
              .orElseThrow(() -> new NotFoundException(words.say("dataset.problem.noSuchArea")));
      areaIds = List.of(area.id());
      scope = area.code();
    }
    RowWriter writer = open.apply(new Heading(scope, from, to, today()));
    if (!areaIds.isEmpty()) {
      stream(areaIds, from, to, writer);
    }
    writer.end();
  }

  private void stream(List<Long> areaIds, LocalDate from, LocalDate to, RowWriter writer) {
    Map<String, Object> chosen =
        Map.of("areas", areaIds.toArray(Long[]::new), "from", from, "to", to);
    // Every case exported is an audited read of it, written by the database beside the read.
    audit.recordListChosenBy(
        "national dataset export",
        "SELECT c.referral_id, c.reference, c.area_id FROM report_case_journey c WHERE "
            + CHOSEN.formatted("c"),
        chosen);
    Pseudonyms pseudonyms = key.pseudonyms();
    // A block, so that the lambda is a RowCallbackHandler (called per row), not an extractor.
    streaming
        .sql(SQL)
        .params(chosen)
        .query(
            (ResultSet rs) -> {
              writer.row(row(rs, pseudonyms));
            });
  }

  private static DatasetRow row(ResultSet rs, Pseudonyms pseudonyms) throws SQLException {
    String reference = rs.getString("reference");
    return new DatasetRow(
        pseudonyms.of(reference),
        rs.getString("area_code"),
        rs.getString("referral_quarter"),
        rs.getString("referral_source"),
        rs.getString("age_band"),
        rs.getBoolean("interpreter_needed"),
        rs.getInt("children"),
        rs.getInt("children_cp_plan_at_referral"),
        rs.getInt("children_cp_plan_now"),
        rs.getString("triage_outcome"),
        rs.getString("case_status"),
        integer(rs, "days_to_first_appointment"),
        rs.getString("viability"),
        rs.getString("police_evidence"),
        integer(rs, "police_incidents"),
        rs.getString("disclosed_violence"),
        rs.getString("risk_level"),
        rs.getBoolean("marac_referral_made"),
        rs.getBoolean("programme_entered"),
        rs.getInt("sessions_attended"),
        rs.getBigDecimal("hours_attended"),
        rs.getBoolean("completed_stage_one"),
        rs.getBoolean("completed_sixty_hours"),
        rs.getString("enrolment_outcome"),
        integer(rs, "police_call_outs_after_assessment"),
        rs.getBoolean("involvement_ended"),
        rs.getInt("partners_recorded"),
        rs.getBoolean("partner_reached"),
        rs.getBoolean("partner_engaged"),
        rs.getInt("proactive_attempts"),
        rs.getBoolean("womens_group_member"));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  // One statement over the report_* views the other features publish. The chosen cases' condition
  // is given to each view that groups by case too, so that it reads those cases only. The final
  // SELECT turns what is missing into its documented code. Exact dates stay in the database: only
  // the quarter, an age band and a number of days leave it. Definitions: docs/national-dataset.md.
  private static final String CHOSEN =
      "%1$s.area_id = ANY(:areas) AND %1$s.referred_on BETWEEN :from AND :to";

  private static final String SQL =
      """
      WITH chosen AS (
          SELECT c.referral_id FROM report_case_journey c WHERE %1$s
      ),
      children AS (
          SELECT ch.referral_id,
                 count(*) AS children,
                 count(*) FILTER (WHERE ch.on_plan_at_referral) AS cp_at_referral,
                 count(*) FILTER (WHERE ch.on_plan_now) AS cp_now
          FROM report_child ch
          JOIN chosen c ON c.referral_id = ch.referral_id
          GROUP BY ch.referral_id
      ),
      call_outs AS (
          SELECT co.referral_id, count(*) AS after_assessment
          FROM report_police_call_out co
          JOIN chosen c ON c.referral_id = co.referral_id
          WHERE co.after_assessment_decision
          GROUP BY co.referral_id
      )
      SELECT r.referral_id AS id, r.reference, r.area_id, r.area_code,
             to_char(r.referred_on, 'YYYY-"Q"Q') AS referral_quarter,
             r.referral_source,
             CASE
                 WHEN r.man_age_at_referral IS NULL OR r.man_born_after_referral THEN 'UNKNOWN'
                 WHEN r.man_age_at_referral < 18 THEN 'UNDER_18'
                 WHEN r.man_age_at_referral < 25 THEN '18_24'
                 WHEN r.man_age_at_referral < 35 THEN '25_34'
                 WHEN r.man_age_at_referral < 45 THEN '35_44'
                 WHEN r.man_age_at_referral < 55 THEN '45_54'
                 ELSE '55_PLUS'
             END AS age_band,
             r.man_interpreter_needed AS interpreter_needed,
             coalesce(ch.children, 0) AS children,
             coalesce(ch.cp_at_referral, 0) AS children_cp_plan_at_referral,
             coalesce(ch.cp_now, 0) AS children_cp_plan_now,
             coalesce(r.triage_outcome, 'NOT_TRIAGED') AS triage_outcome,
             r.status AS case_status,
             r.days_to_first_appointment,
             CASE WHEN a.decided_at IS NULL OR a.viability IS NULL THEN 'NOT_DECIDED'
                  ELSE a.viability END AS viability,
             coalesce(a.police_evidence, 'NOT_RECORDED') AS police_evidence,
             CASE WHEN a.police_evidence IN ('COUNT', 'AT_LEAST') THEN a.police_incidents END
                 AS police_incidents,
             coalesce(a.disclosed_violence, 'NOT_RECORDED') AS disclosed_violence,
             r.risk_level,
             EXISTS (SELECT 1 FROM report_marac_referral m
                     WHERE m.referral_id = r.referral_id AND m.made) AS marac_referral_made,
             coalesce(pg.place_started OR pg.attended_a_session, FALSE) AS programme_entered,
             coalesce(pg.sessions_attended, 0) AS sessions_attended,
             coalesce(pg.hours_attended, 0) AS hours_attended,
             coalesce(pg.stage_one_in_a_curriculum, FALSE) AS completed_stage_one,
             coalesce(pg.sixty_hours_in_a_curriculum, FALSE) AS completed_sixty_hours,
             coalesce(pg.latest_place_status, 'NONE') AS enrolment_outcome,
             CASE WHEN a.decided_at IS NOT NULL THEN coalesce(co.after_assessment, 0) END
                 AS police_call_outs_after_assessment,
             r.involvement_ended_on IS NOT NULL AS involvement_ended,
             coalesce(w.partners_recorded, 0) AS partners_recorded,
             coalesce(w.partners_reached > 0, FALSE) AS partner_reached,
             coalesce(w.partners_engaged > 0, FALSE) AS partner_engaged,
             coalesce(w.proactive_attempts, 0) AS proactive_attempts,
             coalesce(w.partners_in_womens_group > 0, FALSE) AS womens_group_member
      FROM report_case_journey r
      LEFT JOIN report_assessment_outcome a ON a.referral_id = r.referral_id
      LEFT JOIN report_programme_progress pg ON pg.referral_id = r.referral_id AND %2$s
      LEFT JOIN report_partner_support w ON w.referral_id = r.referral_id AND %3$s
      LEFT JOIN children ch ON ch.referral_id = r.referral_id
      LEFT JOIN call_outs co ON co.referral_id = r.referral_id
      WHERE %4$s
      -- Ordered by what the row says and then by pseudonym, so that the order of the file carries
      -- nothing more: ordered by reference or date, a row's place would hint at its case. The
      -- HMAC here is the pseudonym's (Pseudonyms), in full; its first 16 hex digits sort alike.
      ORDER BY r.area_code, referral_quarter,
               hmac(r.reference, (SELECT k.secret FROM dataset_key k WHERE k.id = 1), 'sha256')
      """
          .formatted(
              CHOSEN.formatted("c"),
              CHOSEN.formatted("pg"),
              CHOSEN.formatted("w"),
              CHOSEN.formatted("r"));
}
