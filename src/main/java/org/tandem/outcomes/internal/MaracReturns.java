package org.tandem.outcomes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.AreaPopulation;
import org.tandem.access.Areas;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseAccess;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.outcomes.SecondarySuppression;
import org.tandem.outcomes.Suppression;
import org.tandem.partnersupport.EqualityMonitoring;
import org.tandem.partnersupport.EqualityShares;

/**
 * Works out the MARAC-style return of an area for a quarter from what risk publishes
 * (report_marac_referral): the MARAC referrals made in the quarter for the area's cases, and of
 * those the repeats, a referral made for a case with another made in the twelve months before it.
 *
 * <p>The shares of Black and minoritised, LGBT+, disabled, male and 16–17-year-old victims are of
 * the women on the cases with a MARAC referral made in the quarter, each counted once, from her
 * equality monitoring answers: partner support counts them behind the wall and hands back numbers
 * only. A woman not asked, or who preferred not to say, is not known: left out of the share, and
 * counted apart.
 */
@Service
class MaracReturns {

  private final JdbcClient jdbc;
  private final Areas areas;
  private final AuditLog audit;
  private final MessageSource messages;
  private final CaseAccess access;
  private final EqualityMonitoring equality;

  MaracReturns(
      JdbcClient jdbc,
      Areas areas,
      AuditLog audit,
      MessageSource messages,
      CaseAccess access,
      EqualityMonitoring equality) {
    this.jdbc = jdbc;
    this.areas = areas;
    this.audit = audit;
    this.messages = messages;
    this.access = access;
    this.equality = equality;
  }

  // Not read-only: reading the return writes its audit entry.
  @Transactional
  MaracReturn build(Area area, ReportPeriod period) {
    int[] counts =
        jdbc.sql(
                """
                SELECT count(*) AS made,
                  count(*) FILTER (WHERE EXISTS (
                    SELECT 1 FROM report_marac_referral p
                    WHERE p.referral_id = m.referral_id AND p.referred_on < m.referred_on
                      AND p.referred_on >= m.referred_on - INTERVAL '12 months')) AS repeats
                FROM report_marac_referral m
                JOIN report_case_journey c ON c.referral_id = m.referral_id
                WHERE c.area_id = :area AND m.referred_on BETWEEN :from AND :to
                """)
            .param("area", area.id())
            .param("from", period.from())
            .param("to", period.to())
            .query((rs, i) -> new int[] {rs.getInt("made"), rs.getInt("repeats")})
            .single();
    int made = counts[0];
    int repeats = counts[1];
    // Repeats and first referrals add up to the referrals shown: where one of the two is hidden, so
    // is the other, or it would be the total minus the one shown.
    SecondarySuppression.Hidden hidden =
        SecondarySuppression.of(new int[][] {{repeats, made - repeats}});
    boolean repeatsHidden = hidden.cell()[0][0];
    Locale locale = LocaleContextHolder.getLocale();
    List<MaracReturn.Line> lines = new ArrayList<>();
    lines.add(
        line(
            "MARAC_REFERRALS",
            hidden.grandTotal() ? Suppression.SMALL : Suppression.count(made),
            "",
            locale));
    lines.add(
        line(
            "REPEAT_MARAC_REFERRALS",
            repeatsHidden ? hiddenCount(repeats) : Integer.toString(repeats),
            repeatsHidden ? Suppression.WITHHELD : Suppression.percent(repeats, made),
            locale));
    lines.add(line("PER_10000_ADULT_WOMEN", perTenThousand(area, made, locale), "", locale));
    Map<EqualityShares.Measure, EqualityShares.Count> victims =
        equality.counts(access.wallFiguresFor(List.of(area.id())), referredTo(area, period));
    victims.forEach((measure, count) -> lines.add(share(measure.name(), count, locale)));
    audit.record(
        AuditLog.Action.READ, "MARAC-style return " + area.code() + " " + period.code(), null);
    ReportWords words = new ReportWords(messages, locale);
    return new MaracReturn(
        area,
        period,
        lines.stream()
            .map(
                l ->
                    new MaracReturn.Line(
                        l.measure(),
                        l.label(),
                        words.figure(l.value()),
                        words.figure(l.share()),
                        l.notKnown()))
            .toList());
  }

  /** The area's cases with a MARAC referral made in the quarter. */
  private List<Long> referredTo(Area area, ReportPeriod period) {
    return jdbc.sql(
            """
            SELECT DISTINCT m.referral_id
            FROM report_marac_referral m
            JOIN report_case_journey c ON c.referral_id = m.referral_id
            WHERE c.area_id = :area AND m.referred_on BETWEEN :from AND :to
            """)
        .param("area", area.id())
        .param("from", period.from())
        .param("to", period.to())
        .query(Long.class)
        .list();
  }

  /**
   * A share of victims: those in it, their share of the women whose answer is known, and how many
   * are not known. The three add up to the women counted, so where one is hidden, so is another.
   */
  private MaracReturn.Line share(String measure, EqualityShares.Count c, Locale locale) {
    boolean[] hidden =
        SecondarySuppression.of(new int[][] {{c.yes(), c.no(), c.notKnown()}}).cell()[0];
    String share =
        c.known() > 0 && (hidden[0] || hidden[1])
            ? Suppression.WITHHELD
            : Suppression.percent(c.yes(), c.known());
    return new MaracReturn.Line(
        measure,
        label(measure, locale),
        hidden[0] ? hiddenCount(c.yes()) : Integer.toString(c.yes()),
        share,
        hidden[2] ? hiddenCount(c.notKnown()) : Integer.toString(c.notKnown()));
  }

  private String perTenThousand(Area area, int made, Locale locale) {
    AreaPopulation population =
        areas.populations().stream()
            .filter(p -> p.area().id() == area.id())
            .findFirst()
            .orElseThrow();
    if (!population.recorded()) {
      return messages.getMessage("maracreturn.noPopulation", null, locale);
    }
    return Suppression.over(made * 10_000.0 / population.adultWomen(), made);
  }

  /** A count hidden: "<5" when it is under 5, else "[c]" (hidden so no "<5" can be worked out). */
  private static String hiddenCount(int count) {
    return Suppression.isSmall(count) ? Suppression.SMALL : SecondarySuppression.MARKER;
  }

  private MaracReturn.Line line(String measure, String value, String share, Locale locale) {
    return new MaracReturn.Line(measure, label(measure, locale), value, share, "");
  }

  private String label(String measure, Locale locale) {
    return messages.getMessage("maracreturn.measure." + measure, null, locale);
  }
}
