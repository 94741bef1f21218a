package org.tandem.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tandem.programme.ProgrammeProgress;
import org.tandem.web.BarChart;

/** His hours read as people say them, and drawn against the 60 hours and the curriculum. */
class HoursChartsTest {

  private final HoursCharts charts = new HoursCharts(messages());

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages-programme");
    messages.setDefaultEncoding("UTF-8");
    return messages;
  }

  /** The chart speaks the page's language; these tests read English unless they say Welsh. */
  @BeforeEach
  void inEnglish() {
    LocaleContextHolder.setLocale(Locale.UK);
  }

  @AfterEach
  void forgetTheLanguage() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void inWelshOnAWelshPage() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("cy"));
    assertThat(charts.hoursAndMinutes(new BigDecimal("1.875"))).isEqualTo("1 awr 53 munud");
    assertThat(charts.hoursAndMinutes(new BigDecimal("60"))).isEqualTo("60 awr");
    assertThat(
            charts
                .of(
                    7,
                    new ProgrammeProgress(
                        new BigDecimal("15"),
                        new BigDecimal("75"),
                        false,
                        false,
                        List.of(),
                        List.of()))
                .bars())
        .extracting(BarChart.Bar::shown)
        .containsExactly("15 awr", "60 awr", "75 awr");
  }

  @Test
  void hoursAreHoursAndMinutes() {
    assertThat(charts.hoursAndMinutes(new BigDecimal("1.875"))).isEqualTo("1 hour 53 minutes");
    assertThat(charts.hoursAndMinutes(new BigDecimal("12.5"))).isEqualTo("12 hours 30 minutes");
    assertThat(charts.hoursAndMinutes(new BigDecimal("60"))).isEqualTo("60 hours");
    assertThat(charts.hoursAndMinutes(new BigDecimal("0.25"))).isEqualTo("15 minutes");
    assertThat(charts.hoursAndMinutes(BigDecimal.ZERO)).isEqualTo("0 hours");
  }

  @Test
  void attendedIsDrawnAgainstTheSixtyHoursAndTheCurriculum() {
    ProgrammeProgress progress =
        new ProgrammeProgress(
            new BigDecimal("15"), new BigDecimal("75"), false, false, List.of(), List.of());
    BarChart chart = charts.of(7, progress);
    assertThat(chart.rows())
        .extracting(BarChart.Row::length)
        .containsExactly("20.00%", "80.00%", "100.00%");
    assertThat(chart.bars())
        .extracting(BarChart.Bar::shown)
        .containsExactly("15 hours", "60 hours", "75 hours");
  }
}
