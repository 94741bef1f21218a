package org.tandem.programme.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.programme.ProgrammeProgress;
import org.tandem.web.BarChart;

/**
 * His programme hours as bars: what he has attended against the 60 hours the published measures
 * count and the whole curriculum. Templates call it as {@code @hoursCharts.of(id, progress)}.
 */
@Component("hoursCharts")
public class HoursCharts {

  private static final BigDecimal MINUTES_IN_AN_HOUR = BigDecimal.valueOf(60);

  private final MessageSource messages;

  HoursCharts(MessageSource messages) {
    this.messages = messages;
  }

  public BarChart of(long enrolmentId, ProgrammeProgress progress) {
    BigDecimal sixty = ProgrammeProgress.SIXTY_HOURS;
    return BarChart.named("programme-hours-chart-" + enrolmentId, text("programme.chart.hours"))
        .bar(
            text("programme.chart.attended"),
            progress.hoursCompleted(),
            hoursAndMinutes(progress.hoursCompleted()))
        .bar(text("programme.chart.sixty"), sixty, hoursAndMinutes(sixty))
        .bar(
            text("programme.chart.curriculum"),
            progress.hoursInCurriculum(),
            hoursAndMinutes(progress.hoursInCurriculum()));
  }

  /** "1 hour 53 minutes" rather than "1.875": hours as people say them. */
  String hoursAndMinutes(BigDecimal hours) {
    long minutes =
        hours.multiply(MINUTES_IN_AN_HOUR).setScale(0, RoundingMode.HALF_UP).longValueExact();
    long whole = minutes / 60;
    long rest = minutes % 60;
    String h =
        whole == 1 ? text("programme.chart.oneHour") : text("programme.chart.hoursOnly", whole);
    if (rest == 0) {
      return h;
    }
    String m =
        rest == 1 ? text("programme.chart.oneMinute") : text("programme.chart.minutes", rest);
    return whole == 0 ? m : text("programme.chart.hoursAndMinutes", h, m);
  }

  /** In the language of the page being drawn: the chart's words sit among the page's own. */
  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
