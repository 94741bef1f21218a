package org.tandem.outcomes.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.AreaWallPass;
import org.tandem.access.Areas;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseAccess;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.Role;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.Pseudonyms;
import org.tandem.web.FieldProblem;
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

  static final ZoneId UK = ServiceClock.ZONE;

  /** What an export holds: the rows, and the period, scope and day it was made. */
  record Export(
      String scope, LocalDate from, LocalDate to, LocalDate generatedOn, List<DatasetRow> rows) {}

  private final JdbcClient jdbc;
  private final Areas areas;
  private final CurrentUsers currentUsers;
  private final CaseAccess access;
  private final AuditLog audit;
  private final DatasetKey key;
  private final ServiceClock clock;

  NationalDataset(
      JdbcClient jdbc,
      Areas areas,
      CurrentUsers currentUsers,
      CaseAccess access,
      AuditLog audit,
      DatasetKey key,
      ServiceClock clock) {
    this.jdbc = jdbc;
    this.areas = areas;
    this.currentUsers = currentUsers;
    this.access = access;
    this.audit = audit;
    this.key = key;
    this.clock = clock;
  }

  LocalDate today() {
    return clock.today();
  }

  /** The areas the signed-in manager may export, by name. */
  List<Area> areasOfCurrentUser() {
    return areas.coveredBy(currentUsers.current());
  }

  /**
   * The cases referred from {@code from} to {@code to} (both included) in the area with this code,
   * or in every area the manager covers when the code is blank.
   *
   * @throws NotFoundException for an area that does not exist or that the manager does not cover:
   *     the same answer for both, as for a case outside one's areas
   * @throws InvalidRequestException when the period ends before it starts
   */
  // One transaction: the audit entries are written with the read they record, or neither happens.
  @Transactional
  Export export(String areaCode, LocalDate from, LocalDate to) {
    CurrentUser user = currentUsers.current();
    // The controllers allow managers only; this says so again beside the data it guards.
    if (!user.has(Role.SERVICE_MANAGER)) {
      throw new AccessDeniedException("The national dataset is for service managers");
    }
    if (to.isBefore(from)) {
      throw new InvalidRequestException(
          List.of(
              new FieldProblem(
                  "to", "The last referral date must be the same as or after the first")));
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
              .orElseThrow(
                  () -> new NotFoundException("There is no area with this code in your areas."));
      areaIds = List.of(area.id());
      scope = area.code();
    }
    // Her fields are yes/no flags and counts, but they are read from behind the wall, so from
    // the manager's pass through it; the query keeps to the pass's areas as well as the chosen
    // ones.
    AreaWallPass pass = access.behindTheWallInMyAreas();
    List<Entry> entries = areaIds.isEmpty() ? List.of() : query(pass, areaIds, from, to);
    audit.recordList("national dataset export", entries.stream().map(Entry::ref).toList());
    return new Export(scope, from, to, today(), entries.stream().map(Entry::row).toList());
  }

  /** A row and the case it came from; the case is only for the audit trail, never exported. */
  private record Entry(CaseRef ref, DatasetRow row) {}

  private List<Entry> query(AreaWallPass pass, List<Long> areaIds, LocalDate from, LocalDate to) {
    Pseudonyms pseudonyms = key.pseudonyms();
    List<Entry> entries = new ArrayList<>();
    // A block, so that the lambda is a RowCallbackHandler (called per row), not an extractor.
    jdbc.sql(SQL)
        .param("areas", areaIds.toArray(Long[]::new))
        .param("covered", pass.areaIdArray())
        .param("from", from)
        .param("to", to)
        .query(
            (ResultSet rs) -> {
              entries.add(entry(rs, pseudonyms));
            });
    // Ordered by what the row says and then by pseudonym, so that the order of the file carries
    // nothing more: ordered by reference or date, a row's place would hint at its case.
    entries.sort(
        Comparator.comparing((Entry e) -> e.row().areaCode())
            .thenComparing(e -> e.row().referralQuarter())
            .thenComparing(e -> e.row().pseudonym()));
    return entries;
  }

  private static Entry entry(ResultSet rs, Pseudonyms pseudonyms) throws SQLException {
    String reference = rs.getString("reference");
    CaseRef ref = new CaseRef(rs.getLong("id"), reference, rs.getLong("area_id"));
    DatasetRow row =
        new DatasetRow(
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
    return new Entry(ref, row);
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  // One statement. Each CTE aggregates one part of the record for the chosen cases only; the final
  // SELECT turns what is missing into its documented code. Exact dates stay in the database: only
  // the quarter, an age band and a number of days leave it. Definitions: docs/national-dataset.md.
  private static final String SQL =
      """
      WITH chosen AS (
          SELECT r.id FROM referral r
          WHERE r.area_id = ANY(:areas) AND r.area_id = ANY(:covered)
            AND r.referred_on BETWEEN :from AND :to
      ),
      children AS (
          SELECT ch.referral_id,
                 count(*) AS children,
                 count(*) FILTER (WHERE coalesce(first_change.previous_status, ch.protection_status)
                                  = 'CHILD_PROTECTION_PLAN') AS cp_at_referral,
                 count(*) FILTER (WHERE ch.protection_status = 'CHILD_PROTECTION_PLAN') AS cp_now
          FROM child ch
          JOIN chosen c ON c.id = ch.referral_id
          LEFT JOIN LATERAL (
              SELECT x.previous_status FROM child_protection_change x
              WHERE x.child_id = ch.id ORDER BY x.changed_on, x.id LIMIT 1
          ) first_change ON TRUE
          GROUP BY ch.referral_id
      ),
      attended AS (
          SELECT e.referral_id, gs.curriculum_session_id, count(*) AS times
          FROM enrolment e
          JOIN chosen c ON c.id = e.referral_id
          JOIN attendance a ON a.enrolment_id = e.id AND a.mark IN ('ATTENDED', 'LATE')
          JOIN group_session gs ON gs.id = a.group_session_id
          GROUP BY e.referral_id, gs.curriculum_session_id
      ),
      by_curriculum AS (
          SELECT at.referral_id, cs.curriculum_id,
                 sum(at.times) AS sessions,
                 sum(cs.hours) AS hours,
                 count(*) FILTER (WHERE cs.stage = 1) AS stage_one_done
          FROM attended at
          JOIN curriculum_session cs ON cs.id = at.curriculum_session_id
          GROUP BY at.referral_id, cs.curriculum_id
      ),
      curriculum_size AS (
          SELECT curriculum_id, sum(hours) AS hours, count(*) FILTER (WHERE stage = 1) AS stage_one
          FROM curriculum_session
          GROUP BY curriculum_id
      ),
      programme AS (
          SELECT b.referral_id,
                 sum(b.sessions) AS sessions,
                 sum(b.hours) AS hours,
                 bool_or(s.stage_one > 0 AND b.stage_one_done >= s.stage_one) AS stage_one,
                 bool_or(b.hours >= least(s.hours, 60)) AS sixty
          FROM by_curriculum b
          JOIN curriculum_size s ON s.curriculum_id = b.curriculum_id
          GROUP BY b.referral_id
      ),
      places AS (
          SELECT e.referral_id,
                 (array_agg(e.status ORDER BY e.created_at DESC, e.id DESC))[1] AS latest_status,
                 bool_or(e.status IN ('ATTENDING', 'SUSPENDED', 'COMPLETED')) AS started
          FROM enrolment e
          JOIN chosen c ON c.id = e.referral_id
          GROUP BY e.referral_id
      ),
      call_outs AS (
          SELECT ev.referral_id, count(*) AS after_assessment
          FROM risk_event ev
          JOIN chosen c ON c.id = ev.referral_id
          JOIN assessment a ON a.referral_id = ev.referral_id AND a.decided_at IS NOT NULL
          WHERE ev.kind = 'POLICE_CALL_OUT'
            AND ev.occurred_on > (a.decided_at AT TIME ZONE 'Europe/London')::date
          GROUP BY ev.referral_id
      ),
      marac AS (
          SELECT DISTINCT m.referral_id
          FROM marac_referral m
          JOIN chosen c ON c.id = m.referral_id
          WHERE m.referred_on IS NOT NULL
      ),
      partners AS (
          SELECT p.referral_id,
                 count(*) AS recorded,
                 bool_or(p.contact_status IN ('CONTACTED', 'ENGAGED', 'DECLINED')) AS reached,
                 bool_or(p.contact_status = 'ENGAGED') AS engaged,
                 bool_or(EXISTS (SELECT 1 FROM womens_group_member m WHERE m.partner_id = p.id))
                     AS in_group
          FROM partner p
          JOIN chosen c ON c.id = p.referral_id
          GROUP BY p.referral_id
      ),
      attempts AS (
          SELECT p.referral_id, count(*) AS attempts
          FROM contact_attempt ca
          JOIN partner p ON p.id = ca.partner_id
          JOIN chosen c ON c.id = p.referral_id
          GROUP BY p.referral_id
      )
      SELECT r.id, r.reference, r.area_id,
             ar.code AS area_code,
             to_char(r.referred_on, 'YYYY-"Q"Q') AS referral_quarter,
             r.referral_source,
             CASE
                 WHEN years.at_referral IS NULL OR r.man_date_of_birth > r.referred_on THEN 'UNKNOWN'
                 WHEN years.at_referral < 18 THEN 'UNDER_18'
                 WHEN years.at_referral < 25 THEN '18_24'
                 WHEN years.at_referral < 35 THEN '25_34'
                 WHEN years.at_referral < 45 THEN '35_44'
                 WHEN years.at_referral < 55 THEN '45_54'
                 ELSE '55_PLUS'
             END AS age_band,
             r.man_interpreter_needed AS interpreter_needed,
             coalesce(ch.children, 0) AS children,
             coalesce(ch.cp_at_referral, 0) AS children_cp_plan_at_referral,
             coalesce(ch.cp_now, 0) AS children_cp_plan_now,
             coalesce(r.triage_outcome, 'NOT_TRIAGED') AS triage_outcome,
             r.status AS case_status,
             r.first_appointment_on - r.referred_on AS days_to_first_appointment,
             CASE WHEN a.decided_at IS NULL OR a.viability IS NULL THEN 'NOT_DECIDED'
                  ELSE a.viability END AS viability,
             coalesce(a.police_evidence, 'NOT_RECORDED') AS police_evidence,
             CASE WHEN a.police_evidence IN ('COUNT', 'AT_LEAST') THEN a.police_incidents END
                 AS police_incidents,
             coalesce(a.disclosed_violence, 'NOT_RECORDED') AS disclosed_violence,
             r.risk_level,
             mr.referral_id IS NOT NULL AS marac_referral_made,
             coalesce(pl.started, FALSE) OR coalesce(pg.sessions, 0) > 0 AS programme_entered,
             coalesce(pg.sessions, 0) AS sessions_attended,
             coalesce(pg.hours, 0) AS hours_attended,
             coalesce(pg.stage_one, FALSE) AS completed_stage_one,
             coalesce(pg.sixty, FALSE) AS completed_sixty_hours,
             coalesce(pl.latest_status, 'NONE') AS enrolment_outcome,
             CASE WHEN a.decided_at IS NOT NULL THEN coalesce(co.after_assessment, 0) END
                 AS police_call_outs_after_assessment,
             r.involvement_ended_on IS NOT NULL AS involvement_ended,
             coalesce(pa.recorded, 0) AS partners_recorded,
             coalesce(pa.reached, FALSE) AS partner_reached,
             coalesce(pa.engaged, FALSE) AS partner_engaged,
             coalesce(att.attempts, 0) AS proactive_attempts,
             coalesce(pa.in_group, FALSE) AS womens_group_member
      FROM chosen c
      JOIN referral r ON r.id = c.id
      JOIN area ar ON ar.id = r.area_id
      -- His age in whole years on the day he was referred; his date of birth goes no further.
      CROSS JOIN LATERAL (
          SELECT date_part('year', age(r.referred_on, r.man_date_of_birth))::int AS at_referral
      ) years
      LEFT JOIN assessment a ON a.referral_id = r.id
      LEFT JOIN children ch ON ch.referral_id = r.id
      LEFT JOIN programme pg ON pg.referral_id = r.id
      LEFT JOIN places pl ON pl.referral_id = r.id
      LEFT JOIN call_outs co ON co.referral_id = r.id
      LEFT JOIN marac mr ON mr.referral_id = r.id
      LEFT JOIN partners pa ON pa.referral_id = r.id
      LEFT JOIN attempts att ON att.referral_id = r.id
      """;
}
