package org.tandem.outcomes.internal;

import java.time.LocalDate;
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
import org.tandem.referral.CaseStatus;
import org.tandem.referral.ReferralSource;

/**
 * The figures commissioners pay for, counted from the live records. Every figure is about the
 * cohort: the cases in one area whose referral date falls in the period, followed to where they
 * stand now. Each method is a few set-based queries whatever the size of the cohort. The
 * definitions, in words, are in docs/outcome-definitions.md; keep the two in step.
 *
 * <p>It reads only the report_* views the other features publish (ReportsReadPublishedViewsTest
 * fails the build otherwise), so their rules, such as how the programme is counted, are written
 * once, in the views, and the national dataset counts the same way.
 */
@Component
public class LiveFigures {

  // The cohort, shared by every query, so that each figure counts the same men.
  private static final String COHORT = inCohort("c");

  // The list the case pages use, so a figure cannot drift from what a worker sees. (The lists of
  // attendance that counts and of outcomes that reached her are in the views, which a test checks
  // against AttendanceMark and ContactOutcome.)
  private static final String[] WAITING = names(CaseStatus.values(), CaseStatus::isWaiting);

  /**
   * Where each case of the cohort stood on the period's last day: its status then (the last move
   * made on or before it), the stage it had reached, leaving aside a closure (a man who did not
   * attend and whose case was then closed still did not attend), and whether his programme place
   * had been completed by then.
   */
  private static final String AT_END =
      """
      at_end AS (
        SELECT m.referral_id,
          (array_agg(m.status ORDER BY m.move_id DESC))[1] AS status,
          (array_agg(m.status ORDER BY m.move_id DESC) FILTER (WHERE m.status <> 'CLOSED'))[1]
            AS stage,
          bool_or(m.status = 'COMPLETED') AS completed
        FROM report_case_move m
        WHERE %s AND m.changed_on <= :asAt
        GROUP BY m.referral_id
      )
      """
          .formatted(inCohort("m"));

  private final JdbcClient jdbc;
  private final MessageSource messages;
  private final ServiceClock clock;

  LiveFigures(JdbcClient jdbc, MessageSource messages, ServiceClock clock) {
    this.jdbc = jdbc;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The referral funnel: how far the men referred in the period had come by the day {@code asAt}
   * (the quarterly report reads it as at the period's last day). Every step is read from a dated
   * record (the triage, the decision, the sessions, the case's moves), so a past quarter's funnel
   * stays what it was when the quarter ended, however the cases move on.
   */
  public Funnel funnel(long areaId, ReportPeriod period, LocalDate asAt) {
    // The programme measures are the ones report_programme_progress defines, also read by the
    // national dataset; a place completed by the end of the period counts for stage 1 and 60 hours.
    return jdbc.sql(
            """
            WITH %s
            SELECT
              count(*) AS referred,
              count(*) FILTER (WHERE c.triage_outcome = 'APPROPRIATE_FOR_ASSESSMENT'
                AND c.triaged_on <= :asAt) AS appropriate,
              count(*) FILTER (WHERE a.decided_on <= :asAt) AS assessed,
              count(*) FILTER (WHERE p.first_attended_on <= :asAt) AS entered,
              count(*) FILTER (WHERE e.completed OR p.stage_one_in_one_place_on <= :asAt) AS stage_one,
              count(*) FILTER (WHERE e.completed OR p.sixty_hours_in_one_place_on <= :asAt)
                AS sixty_hours,
              count(*) FILTER (WHERE e.status = 'IN_PROGRAMME') AS engaged,
              count(*) FILTER (WHERE e.stage = 'DID_NOT_ATTEND') AS did_not_attend,
              count(*) FILTER (WHERE a.decided_on <= :asAt
                AND a.viability IN ('NOT_ACCEPTABLE_NOW', 'NOT_REALISTIC')) AS not_acceptable,
              count(*) FILTER (WHERE e.stage = 'REFERRED_ON') AS referred_on,
              count(*) FILTER (WHERE a.decided_on <= :asAt AND a.viability = 'INDIVIDUAL_WORK')
                AS individual_work,
              count(*) FILTER (WHERE e.status = ANY(:waiting)
                AND (a.decided_on IS NULL OR a.decided_on > :asAt)) AS awaiting_assessment,
              count(*) FILTER (WHERE c.repeat_referral) AS repeat_referrals
            FROM report_case_journey c
            LEFT JOIN at_end e ON e.referral_id = c.referral_id
            LEFT JOIN report_programme_progress p ON p.referral_id = c.referral_id AND %s
            LEFT JOIN report_assessment_outcome a ON a.referral_id = c.referral_id
            WHERE %s
            """
                .formatted(AT_END, inCohort("p"), COHORT))
        .params(cohort(areaId, period))
        .param("waiting", WAITING)
        .param("asAt", asAt)
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
                    rs.getInt("awaiting_assessment"),
                    rs.getInt("repeat_referrals")))
        .single();
  }

  /**
   * Partner support for the women named on the cases referred in the period. Counts only, from
   * partner support's published view, and only in the areas of the reader's pass for figures.
   */
  public PartnerSupportFigures partnerSupport(
      WallFiguresPass pass, long areaId, ReportPeriod period) {
    // Counts per case from report_partner_support: nothing about any one woman reaches this query.
    return jdbc.sql(
            """
            WITH her AS (
              SELECT w.*, a.viability IS NOT NULL AS his_assessment_decided
              FROM report_partner_support w
              JOIN report_case_journey c ON c.referral_id = w.referral_id
              LEFT JOIN report_assessment_outcome a ON a.referral_id = w.referral_id
              WHERE %s AND %s AND c.area_id = ANY(:covered)
            ),
            -- The children of the families with a woman supported, and whether any child has been
            -- on a child protection plan at referral, now, or at any time between.
            family AS (
              SELECT ch.referral_id, count(*) AS children, bool_or(ch.ever_on_plan) AS protection
              FROM report_child ch
              WHERE ch.referral_id IN (SELECT referral_id FROM her WHERE partners_supported > 0)
              GROUP BY ch.referral_id
            )
            SELECT
              coalesce(sum(h.partners_recorded) FILTER (WHERE h.his_assessment_decided), 0)
                AS partners_of_assessed,
              coalesce(sum(h.partners_engaged) FILTER (WHERE h.his_assessment_decided), 0)
                AS engaged_after_assessment,
              coalesce(sum(h.partners_supported), 0) AS supported,
              coalesce(sum(h.partners_supported) FILTER (WHERE f.protection), 0) AS with_protection,
              coalesce(sum(f.children) FILTER (WHERE h.partners_supported > 0), 0) AS children,
              coalesce(sum(h.supported_contacts), 0) AS contacts,
              coalesce(sum(h.proactive_attempts), 0) AS attempts,
              count(*) AS cases_with_partners,
              coalesce(sum(h.partners_in_womens_group), 0) AS in_groups
            FROM her h LEFT JOIN family f ON f.referral_id = h.referral_id
            """
                .formatted(inCohort("w"), inCohort("c")))
        .params(cohort(areaId, period))
        .param("covered", pass.areaIdArray())
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

  /** Who was referred, with the referrers named in English. */
  public Demographics demographics(long areaId, ReportPeriod period) {
    return demographics(areaId, period, Locale.UK);
  }

  /**
   * Who was referred: the men's ages and referrers, interpreters, and the children's ages; the
   * referrers named in {@code language}, the language of the report.
   */
  public Demographics demographics(long areaId, ReportPeriod period, Locale language) {
    Map<String, Object> cohort = cohort(areaId, period);
    // Whole years on the referral date; null when his date of birth was not given.
    Map<Integer, Integer> menByAge = new HashMap<>();
    jdbc.sql(
            """
            SELECT c.man_age_at_referral AS age, count(*) AS men
            FROM report_case_journey c WHERE %s GROUP BY 1
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
            "SELECT c.referral_source, count(*) AS men FROM report_case_journey c WHERE %s GROUP BY 1"
                .formatted(COHORT))
        .params(cohort)
        .query(
            rs -> {
              bySource.put(rs.getString("referral_source"), rs.getInt("men"));
            });
    int interpreterNeeded =
        jdbc.sql(
                "SELECT count(*) FROM report_case_journey c WHERE %s AND c.man_interpreter_needed"
                    .formatted(COHORT))
            .params(cohort)
            .query(Integer.class)
            .single();
    Map<Integer, Integer> childrenByAge = new HashMap<>();
    jdbc.sql(
            """
            SELECT ch.age_years, count(*) AS children
            FROM report_child ch JOIN report_case_journey c ON c.referral_id = ch.referral_id
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
        sources(bySource, language),
        interpreterNeeded,
        childrenByAge.values().stream().mapToInt(Integer::intValue).sum(),
        AgeBands.children(childrenByAge));
  }

  /**
   * How long the men referred in the period waited to be seen and for the assessment decision, as
   * the records stood on the day {@code asAt}.
   */
  public WaitingTimes waitingTimes(long areaId, ReportPeriod period, LocalDate asAt) {
    // A wait still going on is measured to the end of the period, or to the day the figures are
    // read as at while the period is still running, never into the future.
    LocalDate until = earliest(period.to(), asAt, clock.today());
    return jdbc.sql(
            """
            WITH %s,
            cohort AS (
              SELECT c.referred_on,
                CASE WHEN c.first_appointment_on <= :asAt
                  THEN c.days_to_first_appointment END AS days_to_first,
                CASE WHEN a.decided_on <= :asAt THEN a.decided_on - c.referred_on END
                  AS days_to_decision,
                (c.first_appointment_on IS NULL OR c.first_appointment_on > :asAt)
                  AND e.status = ANY(:waiting) AS still_waiting
              FROM report_case_journey c
              LEFT JOIN at_end e ON e.referral_id = c.referral_id
              LEFT JOIN report_assessment_outcome a ON a.referral_id = c.referral_id
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
                .formatted(AT_END, COHORT))
        .params(cohort(areaId, period))
        .param("waiting", WAITING)
        .param("until", until)
        .param("asAt", asAt)
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
  private List<Count> sources(Map<String, Integer> bySource, Locale language) {
    List<Count> counts = new ArrayList<>();
    for (ReferralSource source : ReferralSource.values()) {
      String label =
          messages.getMessage("ReferralSource." + source.name(), null, source.name(), language);
      counts.add(new Count(label, bySource.getOrDefault(source.name(), 0)));
    }
    return List.copyOf(counts);
  }

  /**
   * The cohort's condition on a view with the case's area and referral date. A per-case view that
   * groups (programme, partner support) is given it too, so that it reads the cohort's cases only.
   */
  private static String inCohort(String alias) {
    return "%1$s.area_id = :area AND %1$s.referred_on BETWEEN :from AND :to".formatted(alias);
  }

  private static LocalDate earliest(LocalDate... days) {
    return Arrays.stream(days).min(LocalDate::compareTo).orElseThrow();
  }

  private static Map<String, Object> cohort(long areaId, ReportPeriod period) {
    return Map.of("area", areaId, "from", period.from(), "to", period.to());
  }

  private static <E extends Enum<E>> String[] names(E[] values, Predicate<E> keep) {
    return Arrays.stream(values).filter(keep).map(Enum::name).toArray(String[]::new);
  }
}
