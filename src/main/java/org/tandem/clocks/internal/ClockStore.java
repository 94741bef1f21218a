package org.tandem.clocks.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.access.WallPass;
import org.tandem.clocks.AttemptMethod;
import org.tandem.clocks.AttemptWithHim;
import org.tandem.clocks.ClockTargets;

/**
 * The days each clock of one case starts and ends on, the targets, and his contact attempts. His
 * steps are read from clock_his_step, the view report_clock is built on, so the case page and the
 * reports find them by one definition; hers are read for one woman only, behind the wall, as
 * report_clock counts them (R__service_clocks.sql); ClockViewAgreesTest holds the two together.
 */
@Repository
public class ClockStore {

  private final JdbcClient jdbc;

  ClockStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The days of his steps; stoppedOn is set when his case left the path. */
  public record HisSteps(
      LocalDate referredOn,
      LocalDate firstAttemptOn,
      LocalDate assessedOn,
      LocalDate programmeStartedOn,
      LocalDate stoppedOn) {}

  /** The days of her steps. */
  public record HerSteps(LocalDate referredOn, LocalDate firstAttemptOn, LocalDate reachedOn) {}

  public HisSteps his(long referralId) {
    return jdbc.sql(
            """
            SELECT referred_on, first_attempt_on, assessed_on, programme_started_on, stopped_on
            FROM clock_his_step WHERE referral_id = :referral
            """)
        .param("referral", referralId)
        .query(
            (rs, i) ->
                new HisSteps(
                    rs.getObject("referred_on", LocalDate.class),
                    rs.getObject("first_attempt_on", LocalDate.class),
                    rs.getObject("assessed_on", LocalDate.class),
                    rs.getObject("programme_started_on", LocalDate.class),
                    rs.getObject("stopped_on", LocalDate.class)))
        .single();
  }

  /** Her steps, for one woman on the case the pass opens; empty if she is not on it. */
  public Optional<HerSteps> her(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT r.referred_on, attempt.first_on AS first_attempt_on,
                   least(attempt.first_reached_on, status.first_on) AS reached_on
            FROM partner p
            JOIN referral r ON r.id = p.referral_id
            CROSS JOIN LATERAL (
                SELECT min((c.attempted_at AT TIME ZONE 'Europe/London')::date) AS first_on,
                       min((c.attempted_at AT TIME ZONE 'Europe/London')::date)
                           FILTER (WHERE c.outcome IN ('SPOKE_WITH_HER', 'MET_HER', 'DECLINED_SUPPORT'))
                           AS first_reached_on
                FROM contact_attempt c WHERE c.partner_id = p.id
            ) attempt
            CROSS JOIN LATERAL (
                SELECT min(sc.changed_on) AS first_on FROM partner_contact_status_change sc
                WHERE sc.partner_id = p.id AND sc.status IN ('CONTACTED', 'ENGAGED', 'DECLINED')
            ) status
            WHERE p.id = :partner AND p.referral_id = :referral
            """)
        .param("partner", partnerId)
        .param("referral", pass.referralId())
        .query(
            (rs, i) ->
                new HerSteps(
                    rs.getObject("referred_on", LocalDate.class),
                    rs.getObject("first_attempt_on", LocalDate.class),
                    rs.getObject("reached_on", LocalDate.class)))
        .optional();
  }

  public ClockTargets targets() {
    return jdbc.sql(
            """
            SELECT his_first_attempt_days, his_assessment_days, his_programme_start_days,
                   her_first_attempt_days, her_reached_days, version
            FROM clock_target WHERE id = 1
            """)
        .query(
            (rs, i) ->
                new ClockTargets(
                    rs.getInt(1),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getInt(6)))
        .single();
  }

  /** Sets the targets if they are still at the version read; false if someone changed them. */
  public boolean setTargets(ClockTargets t, String by, OffsetDateTime at) {
    return jdbc.sql(
                """
                UPDATE clock_target
                SET his_first_attempt_days = :a, his_assessment_days = :b,
                    his_programme_start_days = :c, her_first_attempt_days = :d,
                    her_reached_days = :e, version = version + 1,
                    changed_by = :by, changed_at = :at
                WHERE id = 1 AND version = :version
                """)
            .param("a", t.hisFirstAttempt())
            .param("b", t.hisAssessment())
            .param("c", t.hisProgrammeStart())
            .param("d", t.herFirstAttempt())
            .param("e", t.herReached())
            .param("by", by)
            .param("at", at)
            .param("version", t.version())
            .update()
        == 1;
  }

  public long addAttempt(
      long referralId,
      OffsetDateTime attemptedAt,
      AttemptMethod method,
      boolean reached,
      String by,
      OffsetDateTime at) {
    return jdbc.sql(
            """
            INSERT INTO his_contact_attempt (referral_id, attempted_at, method, reached,
              recorded_by, recorded_at)
            VALUES (:referral, :attemptedAt, :method, :reached, :by, :at)
            RETURNING id
            """)
        .param("referral", referralId)
        .param("attemptedAt", attemptedAt)
        .param("method", method.name())
        .param("reached", reached)
        .param("by", by)
        .param("at", at)
        .query(Long.class)
        .single();
  }

  /** His attempts, latest first; a case has a handful, so the list is not paged. */
  public List<AttemptWithHim> attempts(long referralId) {
    return jdbc.sql(
            """
            SELECT id, attempted_at, method, reached, recorded_by
            FROM his_contact_attempt WHERE referral_id = :referral
            ORDER BY attempted_at DESC, id DESC
            LIMIT 100
            """)
        .param("referral", referralId)
        .query(
            (rs, i) ->
                new AttemptWithHim(
                    rs.getLong("id"),
                    rs.getObject("attempted_at", OffsetDateTime.class),
                    AttemptMethod.valueOf(rs.getString("method")),
                    rs.getBoolean("reached"),
                    rs.getString("recorded_by")))
        .list();
  }
}
