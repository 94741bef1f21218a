package org.tandem.mywork;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.access.CurrentUser;
import org.tandem.calendar.ServiceClock;

/**
 * The service manager's day: each worker's caseload, open cases with no perpetrator worker, and
 * MARAC referrals still to be made.
 */
@Component
class ManagementQuery {

  /** A worker in a team covering the manager's areas and how many open cases they hold there. */
  record WorkerCaseload(String name, String role, long cases) {}

  /** An open case past triage with no perpetrator worker allocated. */
  record UnallocatedCase(String reference, String status, String riskLevel, LocalDate referredOn) {}

  /** A MARAC referral still to be made. */
  record MaracReferralToMake(String reference, String trigger, LocalDate dueOn, boolean overdue) {}

  private final JdbcClient jdbc;
  private final ServiceClock clock;

  ManagementQuery(JdbcClient jdbc, ServiceClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Every perpetrator and partner-support worker in a team covering one of the manager's areas,
   * with the open cases allocated to them in those areas; the fullest first. Counts only.
   */
  List<WorkerCaseload> caseloads(CurrentUser me) {
    return jdbc.sql(
            """
            SELECT u.display_name, ur.role, count(r.id) AS cases
            FROM app_user u
            JOIN user_role ur ON ur.user_id = u.id
              AND ur.role IN ('PERPETRATOR_WORKER', 'PARTNER_SUPPORT_WORKER')
            LEFT JOIN referral r ON r.area_id = ANY(:areas) AND
            """
                + OpenCases.OPEN
                + """
              AND ((ur.role = 'PERPETRATOR_WORKER' AND r.allocated_perpetrator_worker_id = u.id)
                OR (ur.role = 'PARTNER_SUPPORT_WORKER' AND r.allocated_partner_support_worker_id = u.id))
            WHERE u.enabled AND EXISTS (SELECT 1 FROM team_area ta
              WHERE ta.team_id = u.team_id AND ta.area_id = ANY(:areas))
            GROUP BY u.id, u.display_name, ur.role
            ORDER BY cases DESC, u.display_name, ur.role
            LIMIT 200
            """)
        .param("areas", me.areaIds().toArray(Long[]::new))
        .query(
            (rs, i) ->
                new WorkerCaseload(
                    rs.getString("display_name"), rs.getString("role"), rs.getLong("cases")))
        .list();
  }

  /** Open cases past triage without a perpetrator worker, longest referred first. */
  List<Listed<UnallocatedCase>> unallocated(CurrentUser me, long offset, int limit) {
    return jdbc.sql(
            """
            SELECT r.id AS referral_id, r.reference, r.area_id, r.status, r.risk_level, r.referred_on,
              count(*) OVER () AS total
            FROM referral r
            WHERE r.area_id = ANY(:areas) AND r.allocated_perpetrator_worker_id IS NULL
              AND r.status <> 'AWAITING_TRIAGE' AND
            """
                + OpenCases.OPEN
                + """
            ORDER BY r.referred_on, r.id
            OFFSET :offset LIMIT :limit
            """)
        .param("areas", me.areaIds().toArray(Long[]::new))
        .param("offset", offset)
        .param("limit", limit)
        .query(
            (rs, i) ->
                new Listed<>(
                    new UnallocatedCase(
                        rs.getString("reference"),
                        rs.getString("status"),
                        rs.getString("risk_level"),
                        rs.getObject("referred_on", LocalDate.class)),
                    Listed.caseOf(rs),
                    rs.getLong("total")))
        .list();
  }

  /** MARAC referrals not yet made in the manager's areas, soonest due first. */
  List<Listed<MaracReferralToMake>> maracDue(CurrentUser me, int limit) {
    LocalDate today = clock.today();
    return jdbc.sql(
            """
            SELECT r.id AS referral_id, r.reference, r.area_id, m.trigger, m.due_on,
              count(*) OVER () AS total
            FROM marac_referral m JOIN referral r ON r.id = m.referral_id
            WHERE m.referred_on IS NULL AND r.area_id = ANY(:areas)
            ORDER BY m.due_on, m.id
            LIMIT :limit
            """)
        .param("areas", me.areaIds().toArray(Long[]::new))
        .param("limit", limit)
        .query(
            (rs, i) -> {
              LocalDate due = rs.getObject("due_on", LocalDate.class);
              return new Listed<>(
                  new MaracReferralToMake(
                      rs.getString("reference"), rs.getString("trigger"), due, due.isBefore(today)),
                  Listed.caseOf(rs),
                  rs.getLong("total"));
            })
        .list();
  }
}
