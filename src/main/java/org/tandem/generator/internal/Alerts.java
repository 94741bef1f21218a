package org.tandem.generator.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The risk alerts the history raised, for the accounts that exist: an alert needs a worker to go
 * to, and the generator makes no accounts (another part of it may). Raised last, in one statement,
 * by the service's own rule: every event that raised an alert and every case made high risk by a
 * MARAC referral alerts the workers allocated to the case, or while none is, every perpetrator and
 * partner-support worker covering its area; never the person who caused it. Most are acknowledged
 * within a few days; a few never are, and the newest are still waiting. Each is kept as what it is
 * about, as the service keeps its own, so that each reader reads it in their language.
 */
public final class Alerts {

  private static final String RAISE =
      """
      WITH raised AS (
        SELECT e.referral_id, e.id AS event_id, e.recorded_by AS caused_by, e.recorded_at AS at,
          'New ' || lower(replace(e.kind, '_', ' ')) || ' on ' || r.reference AS message,
          'EVENT' AS kind, e.kind AS event_kind, NULL AS detail, r.area_id, r.allocated_perpetrator_worker_id AS pw, r.allocated_partner_support_worker_id AS psw
        FROM risk_event e JOIN referral r ON r.id = e.referral_id
        JOIN area a ON a.id = r.area_id AND a.code LIKE ? || '%'
        WHERE e.raises_alert
        UNION ALL
        SELECT m.referral_id, NULL, m.created_by, m.created_at,
          left(r.reference || ' is now high risk: ' || m.reason, 300),
          CASE m.trigger WHEN 'ESCALATION' THEN 'CALL_OUTS' WHEN 'VISIBLE_HIGH_RISK' THEN 'DASH'
               ELSE 'JUDGEMENT' END,
          NULL,
          CASE WHEN m.trigger = 'PROFESSIONAL_JUDGEMENT' THEN left(m.reason, 300)
               ELSE substring(m.reason from '[0-9]+') END,
          r.area_id, r.allocated_perpetrator_worker_id, r.allocated_partner_support_worker_id
        FROM marac_referral m JOIN referral r ON r.id = m.referral_id
        JOIN area a ON a.id = r.area_id AND a.code LIKE ? || '%'
      ), alerted AS (
        SELECT x.referral_id, x.event_id, x.at, x.message, x.kind, x.event_kind, x.detail,
          u.id AS user_id FROM raised x
        JOIN app_user u ON u.id IN (x.pw, x.psw) AND u.username <> x.caused_by
        UNION ALL
        SELECT x.referral_id, x.event_id, x.at, x.message, x.kind, x.event_kind, x.detail, u.id
        FROM raised x
        JOIN team_area ta ON ta.area_id = x.area_id
        JOIN app_user u ON u.team_id = ta.team_id AND u.enabled AND u.username <> x.caused_by
        WHERE x.pw IS NULL AND x.psw IS NULL
          AND EXISTS (SELECT 1 FROM user_role ur WHERE ur.user_id = u.id
                      AND ur.role IN ('PERPETRATOR_WORKER', 'PARTNER_SUPPORT_WORKER'))
      ), hashed AS (
        SELECT referral_id, event_id, at, message, kind, event_kind, detail, user_id,
          (coalesce(event_id, referral_id) * 2654435761 + user_id * 40503) % 1000003 AS h
        FROM alerted
      )
      INSERT INTO risk_alert (referral_id, risk_event_id, for_user_id, message, kind, event_kind,
        detail, created_at, acknowledged_at)
      SELECT referral_id, event_id, user_id, message, kind, event_kind, detail, at,
        CASE WHEN h % 50 = 0 OR at + (h % 96 + 1) * interval '1 hour' > ? THEN NULL
             ELSE at + (h % 96 + 1) * interval '1 hour' END
      FROM hashed
      ORDER BY at, referral_id, coalesce(event_id, 0), user_id
      """;

  private Alerts() {}

  /** Raises the alerts for the accounts that exist, uncommitted; returns how many. */
  public static long raise(Connection c, LocalDate end) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(RAISE)) {
      s.setString(1, AreaPlan.CODE_PREFIX);
      s.setString(2, AreaPlan.CODE_PREFIX);
      s.setTimestamp(3, Timestamp.from(end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
      return s.executeUpdate();
    }
  }
}
