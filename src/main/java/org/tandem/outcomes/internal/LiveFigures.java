package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.access.WallFiguresPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.Count;
import org.tandem.outcomes.Demographics;
import org.tandem.outcomes.Funnel;
import org.tandem.outcomes.PartnerSupportFigures;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.outcomes.WaitingTimes;
import org.tandem.partnersupport.ContactOutcome;
import org.tandem.programme.AttendanceMark;
import org.tandem.referral.CaseStatus;
import org.tandem.referral.ReferralSource;

/**
 * The figures commissioners pay for, counted from the live records. Every figure is about the
 * cohort: the cases in one area whose referral date falls in the period, followed to where they
 * stand now. Each method is a few set-based queries whatever the size of the cohort. The
 * definitions, in words, are in docs/outcome-definitions.md; keep the two in step.
 */
@Component
public class LiveFigures {

  /** Dates are the service's dates: an assessment decided at 00:30 in June counts that day. */
  static final ZoneId SERVICE_ZONE = ServiceClock.ZONE;

  /** Hours of structured work that make a completed programme. */
  static final int SIXTY_HOURS = 60;

  // The cohort, shared by every query, so that each figure counts the same men.
  private static final String COHORT = "r.area_id = :area AND r.referred_on BETWEEN :from AND :to";

  // The same lists the case pages use, so a figure cannot drift from what a worker sees:
  // attendance that counts towards his hours, outcomes that reached her, statuses still waiting.
  private static final String[] ATTENDED = names(AttendanceMark.values(), AttendanceMark::counts);
  private static final String[] REACHED_HER =
      names(ContactOutcome.values(), ContactOutcome::reached);
  private static final String[] WAITING = names(CaseStatus.values(), CaseStatus::isWaiting);

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final ServiceClock clock;

  LiveFigures(JdbcClient jdbc, MessageSource messages, ServiceClock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.clock = clock;
  }

  /** The referral funnel: how far the men referred in the period have come. */
  public Funnel funnel(long areaId, ReportPeriod period) {
    return jdbc.sql(
            """
            WITH cohort AS (
              SELECT r.id, r.status, r.triage_outcome, a.viability
              FROM referral r LEFT JOIN assessment a ON a.referral_id = r.id
              WHERE %s
            ),
            -- Each place he has held (an enrolment, in a group or individual work), with its
            -- curriculum's stage-1 session count.
            place AS (
              SELECT e.id, e.referral_id, e.status, g.curriculum_id,
                (SELECT count(*) FROM curriculum_session s
                 WHERE s.curriculum_id = g.curriculum_id AND s.stage = 1) AS stage_one_sessions
              FROM enrolment e JOIN programme_group g ON g.id = e.group_id
              WHERE e.referral_id IN (SELECT id FROM cohort)
            ),
            -- A curriculum session counts once in a place however often he attends it, as on
            -- his programme page (ProgrammeProgress).
            attended AS (
              SELECT DISTINCT p.id AS place_id, gs.curriculum_session_id
              FROM place p
              JOIN attendance att ON att.enrolment_id = p.id AND att.mark = ANY(:attended)
              JOIN group_session gs ON gs.id = att.group_session_id
            ),
            progress AS (
              SELECT p.referral_id, p.status, p.stage_one_sessions,
                count(cs.id) AS sessions,
                coalesce(sum(cs.hours), 0) AS hours,
                count(cs.id) FILTER (WHERE cs.stage = 1 AND cs.curriculum_id = p.curriculum_id)
                  AS stage_one_attended
              FROM place p
              LEFT JOIN attended x ON x.place_id = p.id
              LEFT JOIN curriculum_session cs ON cs.id = x.curriculum_session_id
              GROUP BY p.id, p.referral_id, p.status, p.stage_one_sessions
            ),
            man AS (
              SELECT referral_id,
                bool_or(sessions > 0) AS entered,
                bool_or(status = 'COMPLETED'
                  OR (stage_one_sessions > 0 AND stage_one_attended = stage_one_sessions))
                  AS stage_one,
                bool_or(status = 'COMPLETED' OR hours >= :sixty) AS sixty_hours,
                bool_or(status = 'ATTENDING') AS engaged
              FROM progress GROUP BY referral_id
            )
            SELECT
              count(*) AS referred,
              count(*) FILTER (WHERE c.triage_outcome = 'APPROPRIATE_FOR_ASSESSMENT') AS appropriate,
              count(*) FILTER (WHERE c.viability IS NOT NULL) AS assessed,
              count(*) FILTER (WHERE m.entered) AS entered,
              count(*) FILTER (WHERE m.stage_one) AS stage_one,
              count(*) FILTER (WHERE m.sixty_hours) AS sixty_hours,
              count(*) FILTER (WHERE m.engaged) AS engaged,
              count(*) FILTER (WHERE c.status = 'DID_NOT_ATTEND') AS did_not_attend,
              count(*) FILTER (WHERE c.viability IN ('NOT_ACCEPTABLE_NOW', 'NOT_REALISTIC'))
                AS not_acceptable,
              count(*) FILTER (WHERE c.status = 'REFERRED_ON') AS referred_on,
              count(*) FILTER (WHERE c.viability = 'INDIVIDUAL_WORK') AS individual_work,
              count(*) FILTER (WHERE c.status = ANY(:waiting) AND c.viability IS NULL)
                AS awaiting_assessment
            FROM cohort c LEFT JOIN man m ON m.referral_id = c.id
            """
                .formatted(COHORT))
        .params(cohort(areaId, period))
        .param("attended", ATTENDED)
        .param("sixty", SIXTY_HOURS)
        .param("waiting", WAITING)
        .query(
            (rs, i) ->
                new Funnel(
                    rs.getInt("referred"),
                    rs.getInt("appropriate"),
                    rs.getInt("assessed"),
                    rs.getInt("entered"),
                    rs.getInt("stage_one"),
                    rs.getInt("sixty_hours"),
                    rs.getInt("engaged"),
                    rs.getInt("did_not_attend"),
                    rs.getInt("not_acceptable"),
                    rs.getInt("referred_on"),
                    rs.getInt("individual_work"),
                    rs.getInt("awaiting_assessment")))
        .single();
  }

  /**
   * Partner support for the women named on the cases referred in the period. Counts only, but
   * counted from behind the wall, so with a pass for figures, keeping to its areas.
   */
  public PartnerSupportFigures partnerSupport(
      WallFiguresPass pass, long areaId, ReportPeriod period) {
    return jdbc.sql(
            """
            WITH cohort AS (
              SELECT r.id, a.viability
              FROM referral r LEFT JOIN assessment a ON a.referral_id = r.id
              WHERE %s AND r.area_id = ANY(:covered)
            ),
            her AS (
              SELECT p.id, p.referral_id, p.contact_status,
                c.viability IS NOT NULL AS his_assessment_decided,
                EXISTS (SELECT 1 FROM support_session s WHERE s.partner_id = p.id) AS had_sessions,
                EXISTS (SELECT 1 FROM womens_group_member m WHERE m.partner_id = p.id) AS in_group
              FROM partner p JOIN cohort c ON c.id = p.referral_id
            ),
            supported AS (
              SELECT id, referral_id FROM her
              WHERE contact_status = 'ENGAGED' OR had_sessions OR in_group
            ),
            -- A family with a child on a child protection plan at referral, now, or at any time
            -- between (a change's previous status is the one it replaced).
            protection_case AS (
              SELECT DISTINCT ch.referral_id FROM child ch
              WHERE ch.referral_id IN (SELECT referral_id FROM supported)
                AND (ch.protection_status = 'CHILD_PROTECTION_PLAN'
                  OR EXISTS (SELECT 1 FROM child_protection_change x WHERE x.child_id = ch.id
                    AND 'CHILD_PROTECTION_PLAN' IN (x.status, x.previous_status)))
            )
            SELECT
              (SELECT count(*) FROM her WHERE his_assessment_decided) AS partners_of_assessed,
              (SELECT count(*) FROM her WHERE his_assessment_decided AND contact_status = 'ENGAGED')
                AS engaged_after_assessment,
              (SELECT count(*) FROM supported) AS supported,
              (SELECT count(*) FROM supported
               WHERE referral_id IN (SELECT referral_id FROM protection_case)) AS with_protection,
              (SELECT count(*) FROM child
               WHERE referral_id IN (SELECT referral_id FROM supported)) AS children,
              (SELECT count(*) FROM contact_attempt
               WHERE partner_id IN (SELECT id FROM supported) AND outcome = ANY(:reached))
              + (SELECT count(*) FROM support_session
                 WHERE partner_id IN (SELECT id FROM supported)) AS contacts,
              (SELECT count(*) FROM contact_attempt WHERE partner_id IN (SELECT id FROM her))
                AS attempts,
              (SELECT count(DISTINCT referral_id) FROM her) AS cases_with_partners,
              (SELECT count(*) FROM her WHERE in_group) AS in_groups
            """
                .formatted(COHORT))
        .params(cohort(areaId, period))
        .param("covered", pass.areaIdArray())
        .param("reached", REACHED_HER)
        .query(
            (rs, i) ->
                new PartnerSupportFigures(
                    rs.getInt("partners_of_assessed"),
                    rs.getInt("engaged_after_assessment"),
                    rs.getInt("supported"),
                    rs.getInt("with_protection"),
                    rs.getInt("children"),
                    rs.getInt("contacts"),
                    rs.getInt("attempts"),
                    rs.getInt("cases_with_partners"),
                    rs.getInt("in_groups")))
        .single();
  }

  /** Who was referred: the men's ages and referrers, interpreters, and the children's ages. */
  public Demographics demographics(long areaId, ReportPeriod period) {
    Map<String, Object> cohort = cohort(areaId, period);
    // Whole years on the referral date; null when his date of birth was not given.
    Map<Integer, Integer> menByAge = new HashMap<>();
    jdbc.sql(
            """
            SELECT date_part('year', age(r.referred_on, r.man_date_of_birth))::int AS age,
              count(*) AS men
            FROM referral r WHERE %s GROUP BY 1
            """
                .formatted(COHORT))
        .params(cohort)
        .query(
            rs -> {
              int age = rs.getInt("age");
              menByAge.put(rs.wasNull() ? null : age, rs.getInt("men"));
            });
    Map<String, Integer> bySource = new HashMap<>();
    jdbc.sql(
            "SELECT r.referral_source, count(*) AS men FROM referral r WHERE %s GROUP BY 1"
                .formatted(COHORT))
        .params(cohort)
        .query(
            rs -> {
              bySource.put(rs.getString("referral_source"), rs.getInt("men"));
            });
    int interpreterNeeded =
        jdbc.sql(
                "SELECT count(*) FROM referral r WHERE %s AND r.man_interpreter_needed"
                    .formatted(COHORT))
            .params(cohort)
            .query(Integer.class)
            .single();
    Map<Integer, Integer> childrenByAge = new HashMap<>();
    jdbc.sql(
            """
            SELECT ch.age_years, count(*) AS children
            FROM child ch JOIN referral r ON r.id = ch.referral_id
            WHERE %s GROUP BY 1
            """
                .formatted(COHORT))
        .params(cohort)
        .query(
            rs -> {
              childrenByAge.put(rs.getInt("age_years"), rs.getInt("children"));
            });

    return new Demographics(
        menByAge.values().stream().mapToInt(Integer::intValue).sum(),
        AgeBands.men(menByAge),
        sources(bySource),
        interpreterNeeded,
        childrenByAge.values().stream().mapToInt(Integer::intValue).sum(),
        AgeBands.children(childrenByAge));
  }

  /** How long the men referred in the period waited to be seen and for the assessment decision. */
  public WaitingTimes waitingTimes(long areaId, ReportPeriod period) {
    LocalDate today = clock.today();
    // A wait still going on is measured to the end of the period, or to today while the period
    // is still running, never into the future.
    LocalDate until = period.to().isBefore(today) ? period.to() : today;
    return jdbc.sql(
            """
            WITH cohort AS (
              SELECT r.referred_on, r.status,
                r.first_appointment_on - r.referred_on AS days_to_first,
                CASE WHEN a.viability IS NOT NULL
                  THEN (a.decided_at AT TIME ZONE :zone)::date - r.referred_on END AS days_to_decision,
                r.first_appointment_on IS NULL AND r.status = ANY(:waiting) AS still_waiting
              FROM referral r LEFT JOIN assessment a ON a.referral_id = r.id
              WHERE %s
            )
            SELECT
              count(days_to_first) AS seen,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_first)::numeric)::int
                AS median_to_first,
              avg(days_to_first)::float8 AS average_to_first,
              count(days_to_decision) AS assessed,
              round(percentile_cont(0.5) WITHIN GROUP (ORDER BY days_to_decision)::numeric)::int
                AS median_to_decision,
              count(*) FILTER (WHERE still_waiting) AS still_waiting,
              max(CAST(:until AS date) - referred_on) FILTER (WHERE still_waiting) AS longest_wait
            FROM cohort
            """
                .formatted(COHORT))
        .params(cohort(areaId, period))
        .param("zone", SERVICE_ZONE.getId())
        .param("waiting", WAITING)
        .param("until", until)
        .query(
            (rs, i) ->
                new WaitingTimes(
                    rs.getInt("seen"),
                    rs.getObject("median_to_first", Integer.class),
                    rs.getObject("average_to_first", Double.class),
                    rs.getInt("assessed"),
                    rs.getObject("median_to_decision", Integer.class),
                    rs.getInt("still_waiting"),
                    rs.getObject("longest_wait", Integer.class)))
        .single();
  }

  /** Every source in the order the referral form lists them, with the form's own wording. */
  private List<Count> sources(Map<String, Integer> bySource) {
    List<Count> counts = new ArrayList<>();
    for (ReferralSource source : ReferralSource.values()) {
      String label =
          messages.getMessage("ReferralSource." + source.name(), null, source.name(), Locale.UK);
      counts.add(new Count(label, bySource.getOrDefault(source.name(), 0)));
    }
    return List.copyOf(counts);
  }

  private static Map<String, Object> cohort(long areaId, ReportPeriod period) {
    return Map.of("area", areaId, "from", period.from(), "to", period.to());
  }

  private static <E extends Enum<E>> String[] names(E[] values, Predicate<E> keep) {
    return Arrays.stream(values).filter(keep).map(Enum::name).toArray(String[]::new);
  }
}
