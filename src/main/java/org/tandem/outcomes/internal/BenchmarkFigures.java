package org.tandem.outcomes.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AreaPopulation;
import org.tandem.access.Areas;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseAccess;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.access.WallFiguresPass;
import org.tandem.calendar.ServiceClock;
import org.tandem.outcomes.RepeatVictimisation;
import org.tandem.outcomes.ReportPeriod;

/**
 * Works out the benchmarks: each area's rates from the same figures as its quarterly report, then
 * the spread of every area with enough cases. Only areas with at least {@link #MINIMUM_REFERRALS}
 * referrals in the period are compared, so that no rate in the spread rests on a handful of men.
 */
@Service
class BenchmarkFigures {

  static final int MINIMUM_REFERRALS = 20;

  private final JdbcClient jdbc;
  private final Areas areas;
  private final CurrentUsers users;
  private final LiveFigures live;
  private final OutcomeCases cases;
  private final CaseAccess access;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final MessageSource messages;

  BenchmarkFigures(
      JdbcClient jdbc,
      Areas areas,
      CurrentUsers users,
      LiveFigures live,
      OutcomeCases cases,
      CaseAccess access,
      AuditLog audit,
      ServiceClock clock,
      MessageSource messages) {
    this.jdbc = jdbc;
    this.areas = areas;
    this.users = users;
    this.live = live;
    this.cases = cases;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    this.messages = messages;
  }

  // Not read-only: reading the benchmarks writes their audit entry.
  @Transactional
  Benchmarks build(ReportPeriod period) {
    CurrentUser me = users.current();
    LocalDate today = clock.today();
    LocalDate asAt = period.to().isBefore(today) ? period.to() : today;
    List<AreaPopulation> every = areas.populations();
    Map<Long, Integer> referred = referredByArea(period);
    WallFiguresPass pass =
        access.wallFiguresForBenchmarks(every.stream().map(a -> a.area().id()).toList());
    Map<Long, AreaRates.Partners> partners = partnersByArea(pass, period);
    // One area at a time, through the quarterly report's own queries, so that a rate here is the
    // rate the area's report gives; only the areas compared or the reader's own are counted.
    List<AreaRates> compared = new ArrayList<>();
    List<AreaRates> mine = new ArrayList<>();
    for (AreaPopulation a : every) {
      long id = a.area().id();
      boolean enough = referred.getOrDefault(id, 0) >= MINIMUM_REFERRALS;
      if (!enough && !me.covers(id)) {
        continue;
      }
      AreaRates.Partners herCounts = partners.getOrDefault(id, new AreaRates.Partners(0, 0));
      AreaRates rates = rates(a, herCounts, period, asAt);
      if (enough) {
        compared.add(rates);
      }
      if (me.covers(id)) {
        mine.add(rates);
      }
    }
    audit.record(AuditLog.Action.READ, "benchmarks " + period.from() + " to " + period.to(), null);
    List<Benchmarks.Line> lines = new ArrayList<>();
    for (BenchmarkMeasure m : BenchmarkMeasure.values()) {
      lines.add(line(m, mine, compared, me));
    }
    return new Benchmarks(
        period,
        asAt,
        MINIMUM_REFERRALS,
        Spread.MINIMUM_AREAS,
        mine.stream().map(r -> r.area().area()).toList(),
        List.copyOf(lines));
  }

  private AreaRates rates(
      AreaPopulation a, AreaRates.Partners partners, ReportPeriod period, LocalDate asAt) {
    long id = a.area().id();
    RepeatVictimisation.Result repeat =
        RepeatVictimisation.calculate(
            cases.live(id, asAt).stream().map(CaseLine::outcome).toList());
    return AreaRates.of(a, live.funnel(id, period, asAt), partners, repeat);
  }

  private Benchmarks.Line line(
      BenchmarkMeasure m, List<AreaRates> mine, List<AreaRates> compared, CurrentUser me) {
    List<Double> values = new ArrayList<>();
    int others = 0;
    for (AreaRates r : compared) {
      Double value = r.rates().get(m).value();
      if (value != null) {
        values.add(value);
        others += me.covers(r.area().area().id()) ? 0 : 1;
      }
    }
    // The words of a withheld rate are the reader's, as the measure's label is.
    ReportWords words = new ReportWords(messages, LocaleContextHolder.getLocale());
    List<Benchmarks.Yours> yours =
        mine.stream()
            .map(
                r ->
                    new Benchmarks.Yours(
                        r.area().area().code(), words.figure(r.rates().get(m).shown())))
            .toList();
    String label = messages.getMessage(m.messageKey(), null, LocaleContextHolder.getLocale());
    return new Benchmarks.Line(m.name(), label, yours, Spread.of(values, others, m.percentage()));
  }

  /**
   * The partners recorded on the cases referred in the period and those partner support reached, as
   * partner support's published view counts them per case: totals per area, nothing of any woman.
   */
  private Map<Long, AreaRates.Partners> partnersByArea(WallFiguresPass pass, ReportPeriod period) {
    Map<Long, AreaRates.Partners> counts = new HashMap<>();
    jdbc.sql(
            """
            SELECT w.area_id, sum(w.partners_recorded) AS recorded,
                   sum(w.partners_reached) AS reached
            FROM report_partner_support w
            WHERE w.area_id = ANY(:areas) AND w.referred_on BETWEEN :from AND :to
            GROUP BY w.area_id
            """)
        .param("areas", pass.areaIdArray())
        .param("from", period.from())
        .param("to", period.to())
        .query(
            rs -> {
              counts.put(
                  rs.getLong("area_id"),
                  new AreaRates.Partners(rs.getInt("recorded"), rs.getInt("reached")));
            });
    return counts;
  }

  /** Referrals in the period in every area that has any: one query, however many areas. */
  private Map<Long, Integer> referredByArea(ReportPeriod period) {
    Map<Long, Integer> counts = new HashMap<>();
    jdbc.sql(
            """
            SELECT c.area_id, count(*) AS referred FROM report_case_journey c
            WHERE c.referred_on BETWEEN :from AND :to GROUP BY c.area_id
            """)
        .param("from", period.from())
        .param("to", period.to())
        .query(
            rs -> {
              counts.put(rs.getLong("area_id"), rs.getInt("referred"));
            });
    return counts;
  }
}
