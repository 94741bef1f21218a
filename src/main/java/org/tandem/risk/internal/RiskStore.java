package org.tandem.risk.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.referral.RiskLevel;
import org.tandem.risk.AlertCause;
import org.tandem.risk.AlertSentences;
import org.tandem.risk.MaracReferralDue;
import org.tandem.risk.MaracTrigger;
import org.tandem.risk.NewRiskEvent;
import org.tandem.risk.NewRiskReview;
import org.tandem.risk.RiskAlert;
import org.tandem.risk.RiskEventKind;
import org.tandem.risk.RiskPicture;

/** Plain SQL for the risk timeline, alerts, MARAC referrals and reviews. */
@Repository
public class RiskStore {

  private final JdbcClient jdbc;

  RiskStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insertEvent(long referralId, NewRiskEvent e, String by, OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO risk_event (referral_id, kind, occurred_on, summary, source, raises_alert,
              recorded_at, recorded_by)
            VALUES (:referral, :kind, :on, :summary, :source, :alert, :now, :by) RETURNING id
            """)
        .param("referral", referralId)
        .param("kind", e.kind().name())
        .param("on", e.occurredOn())
        .param("summary", e.summary().strip())
        .param("source", e.source() == null || e.source().isBlank() ? null : e.source().strip())
        .param("alert", Boolean.TRUE.equals(e.raisesAlert()))
        .param("now", now)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  public List<LocalDate> policeCallOuts(long referralId) {
    return jdbc.sql(
            "SELECT occurred_on FROM risk_event WHERE referral_id = :id AND kind = 'POLICE_CALL_OUT'")
        .param("id", referralId)
        .query(LocalDate.class)
        .list();
  }

  /**
   * One alert for each of these workers: what it is about, from which each reader's page says it in
   * their language, and the English sentence beside it for whatever still reads it as text.
   */
  public void insertAlerts(
      long referralId,
      Long eventId,
      Collection<Long> userIds,
      AlertCause cause,
      String english,
      OffsetDateTime now) {
    for (Long userId : userIds) {
      jdbc.sql(
              """
              INSERT INTO risk_alert (referral_id, risk_event_id, for_user_id, message, created_at,
                kind, event_kind, detail)
              VALUES (:referral, :event, :user, :message, :now, :kind, :eventKind, :detail)
              """)
          .param("referral", referralId)
          .param("event", eventId)
          .param("user", userId)
          .param("message", english)
          .param("now", now)
          .param("kind", cause.kind().name())
          .param("eventKind", cause.eventKind() == null ? null : cause.eventKind().name())
          .param("detail", cause.detail())
          .update();
    }
  }

  /** The case's MARAC referral still to be made, if there is one. */
  public Optional<Long> openMaracReferral(long referralId) {
    return jdbc.sql(
            """
            SELECT id FROM marac_referral WHERE referral_id = :id AND referred_on IS NULL
            ORDER BY id LIMIT 1
            """)
        .param("id", referralId)
        .query(Long.class)
        .optional();
  }

  /** When the case was last referred to MARAC (made, or due if not yet made). */
  public Optional<LocalDate> lastMaracReferral(long referralId) {
    return jdbc.sql(
            """
            SELECT max(coalesce(referred_on, created_at::date)) FROM marac_referral
            WHERE referral_id = :id
            """)
        .param("id", referralId)
        .query(LocalDate.class)
        .optional();
  }

  public long insertMaracReferral(
      long referralId,
      MaracTrigger trigger,
      String reason,
      String sourceReason,
      LocalDate dueOn,
      boolean repeat,
      String by,
      OffsetDateTime now) {
    return jdbc.sql(
            """
            INSERT INTO marac_referral (referral_id, trigger, reason, source_reason, due_on, is_repeat,
              created_at, created_by)
            VALUES (:referral, :trigger, :reason, :source, :due, :repeat, :now, :by) RETURNING id
            """)
        .param("referral", referralId)
        .param("trigger", trigger.name())
        .param("reason", reason)
        .param("source", sourceReason)
        .param("due", dueOn)
        .param("repeat", repeat)
        .param("now", now)
        .param("by", by)
        .query(Long.class)
        .single();
  }

  public boolean recordMaracMade(long referralId, long id, LocalDate on, String by, int version) {
    return jdbc.sql(
                """
                UPDATE marac_referral SET referred_on = :on, referred_by = :by, version = version + 1
                WHERE id = :id AND referral_id = :referral AND version = :version
                """)
            .param("on", on)
            .param("by", by)
            .param("id", id)
            .param("referral", referralId)
            .param("version", version)
            .update()
        == 1;
  }

  public boolean recordMaracOutcome(
      long referralId, long id, LocalDate meetingOn, String outcome, int version) {
    return jdbc.sql(
                """
                UPDATE marac_referral SET meeting_on = :on, meeting_outcome = :outcome,
                  version = version + 1
                WHERE id = :id AND referral_id = :referral AND version = :version
                """)
            .param("on", meetingOn)
            .param("outcome", outcome)
            .param("id", id)
            .param("referral", referralId)
            .param("version", version)
            .update()
        == 1;
  }

  public void insertReview(long referralId, NewRiskReview r, String by, OffsetDateTime now) {
    jdbc.sql(
            """
            INSERT INTO risk_review (referral_id, held_on, attendees, decisions, risk_level,
              next_review_on, created_at, created_by)
            VALUES (:referral, :held, :attendees, :decisions, :level, :next, :now, :by)
            """)
        .param("referral", referralId)
        .param("held", r.heldOn())
        .param(
            "attendees",
            r.attendees() == null || r.attendees().isBlank() ? null : r.attendees().strip())
        .param("decisions", r.decisions().strip())
        .param("level", r.riskLevel().name())
        .param("next", r.nextReviewOn())
        .param("now", now)
        .param("by", by)
        .update();
  }

  public List<RiskPicture.Event> timeline(long referralId) {
    return jdbc.sql(
            """
            SELECT id, kind, occurred_on, summary, source, raises_alert, recorded_by, recorded_at
            FROM risk_event WHERE referral_id = :id ORDER BY occurred_on, id
            """)
        .param("id", referralId)
        .query(
            (rs, i) ->
                new RiskPicture.Event(
                    rs.getLong("id"),
                    RiskEventKind.valueOf(rs.getString("kind")),
                    rs.getObject("occurred_on", LocalDate.class),
                    rs.getString("summary"),
                    rs.getString("source"),
                    rs.getBoolean("raises_alert"),
                    rs.getString("recorded_by"),
                    rs.getObject("recorded_at", OffsetDateTime.class)))
        .list();
  }

  public List<RiskPicture.MaracReferral> maracReferrals(long referralId, LocalDate today) {
    return jdbc.sql(
            """
            SELECT id, trigger, reason, due_on, is_repeat, created_at, referred_on, referred_by,
              meeting_on, meeting_outcome, version
            FROM marac_referral WHERE referral_id = :id ORDER BY created_at DESC, id DESC
            """)
        .param("id", referralId)
        .query(
            (rs, i) -> {
              LocalDate due = rs.getObject("due_on", LocalDate.class);
              LocalDate made = rs.getObject("referred_on", LocalDate.class);
              return new RiskPicture.MaracReferral(
                  rs.getLong("id"),
                  MaracTrigger.valueOf(rs.getString("trigger")),
                  rs.getString("reason"),
                  due,
                  made == null && due.isBefore(today),
                  rs.getBoolean("is_repeat"),
                  rs.getObject("created_at", OffsetDateTime.class),
                  made,
                  rs.getString("referred_by"),
                  rs.getObject("meeting_on", LocalDate.class),
                  rs.getString("meeting_outcome"),
                  rs.getInt("version"));
            })
        .list();
  }

  /** Behind the wall: the case's MARAC referrals' reasons that name where they came from, by id. */
  public Map<Long, String> maracSources(WallPass pass) {
    return jdbc
        .sql(
            """
            SELECT id, source_reason FROM marac_referral
            WHERE referral_id = :id AND source_reason IS NOT NULL
            """)
        .param("id", pass.referralId())
        .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  public List<RiskPicture.Review> reviews(long referralId) {
    return jdbc.sql(
            """
            SELECT held_on, attendees, decisions, risk_level, next_review_on, created_by
            FROM risk_review WHERE referral_id = :id ORDER BY held_on DESC, id DESC
            """)
        .param("id", referralId)
        .query(
            (rs, i) ->
                new RiskPicture.Review(
                    rs.getObject("held_on", LocalDate.class),
                    rs.getString("attendees"),
                    rs.getString("decisions"),
                    RiskLevel.valueOf(rs.getString("risk_level")),
                    rs.getObject("next_review_on", LocalDate.class),
                    rs.getString("created_by")))
        .list();
  }

  /** The case's level, why and when it changed, and when it is next reviewed. */
  public record Level(
      RiskLevel level, OffsetDateTime changedAt, String reason, LocalDate reviewDueOn) {}

  public Level level(long referralId) {
    return jdbc.sql(
            """
            SELECT risk_level, risk_level_changed_at, risk_level_reason, risk_review_due_on
            FROM referral WHERE id = :id
            """)
        .param("id", referralId)
        .query(
            (rs, i) ->
                new Level(
                    RiskLevel.valueOf(rs.getString(1)),
                    rs.getObject(2, OffsetDateTime.class),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class)))
        .single();
  }

  public List<RiskAlert> openAlerts(
      long userId, Collection<Long> areaIds, int limit, AlertSentences sentences) {
    return jdbc.sql(
            """
            SELECT a.id, r.reference, a.message, a.kind, a.event_kind, a.detail, a.created_at,
              r.id AS referral_id, r.area_id
            FROM risk_alert a JOIN referral r ON r.id = a.referral_id
            WHERE a.for_user_id = :user AND a.acknowledged_at IS NULL AND r.area_id = ANY(:areas)
            ORDER BY a.created_at DESC, a.id DESC LIMIT :limit
            """)
        .param("user", userId)
        .param("areas", areaIds.toArray(Long[]::new))
        .param("limit", limit)
        .query(
            (rs, i) ->
                new RiskAlert(
                    rs.getLong("id"),
                    rs.getString("reference"),
                    sentences.say(
                        rs.getString("reference"),
                        rs.getString("kind"),
                        rs.getString("event_kind"),
                        rs.getString("detail"),
                        rs.getString("message")),
                    rs.getObject("created_at", OffsetDateTime.class),
                    rs.getLong("referral_id"),
                    rs.getLong("area_id")))
        .list();
  }

  public boolean acknowledge(long alertId, long userId, OffsetDateTime now) {
    return jdbc.sql(
                """
                UPDATE risk_alert SET acknowledged_at = :now
                WHERE id = :id AND for_user_id = :user AND acknowledged_at IS NULL
                """)
            .param("now", now)
            .param("id", alertId)
            .param("user", userId)
            .update()
        == 1;
  }

  public List<MaracReferralDue> maracDue(Collection<Long> areaIds, int limit) {
    return jdbc.sql(
            """
            SELECT m.id, r.reference, m.trigger, m.due_on, m.is_repeat, r.id AS referral_id, r.area_id
            FROM marac_referral m JOIN referral r ON r.id = m.referral_id
            WHERE m.referred_on IS NULL AND r.area_id = ANY(:areas)
            ORDER BY m.due_on, m.id LIMIT :limit
            """)
        .param("areas", areaIds.toArray(Long[]::new))
        .param("limit", limit)
        .query(
            (rs, i) ->
                new MaracReferralDue(
                    rs.getLong("id"),
                    rs.getString("reference"),
                    MaracTrigger.valueOf(rs.getString("trigger")),
                    rs.getObject("due_on", LocalDate.class),
                    rs.getBoolean("is_repeat"),
                    rs.getLong("referral_id"),
                    rs.getLong("area_id")))
        .list();
  }
}
