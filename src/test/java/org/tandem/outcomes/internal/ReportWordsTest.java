package org.tandem.outcomes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tandem.outcomes.ReportPeriod;
import org.tandem.outcomes.Suppression;
import org.tandem.web.Languages;

/**
 * A report's period and suppression words in the reader's language, while {@link ReportPeriod} and
 * {@link Suppression} keep the English the API and the domain rules use.
 */
class ReportWordsTest {

  private static ReportWords in(java.util.Locale language) {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasenames("messages-outcomes");
    messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
    messages.setFallbackToSystemLocale(false);
    return new ReportWords(messages, language);
  }

  @Test
  void aQuarterReadsAsBeforeInEnglishAndWithItsMonthsApartInWelsh() {
    ReportPeriod q2 = ReportPeriod.quarter(2026, 2);
    assertThat(in(Languages.ENGLISH).label(q2))
        .isEqualTo("April to June 2026")
        .isEqualTo(q2.label());
    // No "i" before the month: "i Fehefin" would need a mutation the month's name does not have.
    assertThat(in(Languages.WELSH).label(q2)).isEqualTo("Ebrill – Mehefin 2026");
    assertThat(in(Languages.WELSH).label(ReportPeriod.quarter(2026, 4)))
        .isEqualTo("Hydref – Rhagfyr 2026");
  }

  @Test
  void aPeriodOtherThanAQuarterGivesItsDates() {
    ReportPeriod days =
        new ReportPeriod(java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 2, 1));
    assertThat(in(Languages.ENGLISH).label(days)).isEqualTo("2026-01-05 to 2026-02-01");
    assertThat(in(Languages.WELSH).label(days)).isEqualTo("2026-01-05 i 2026-02-01");
  }

  @Test
  void theSuppressionsWordsAreTheReadersAndAFigureIsLeftAsItIs() {
    ReportWords welsh = in(Languages.WELSH);
    assertThat(welsh.figure(Suppression.WITHHELD)).isEqualTo("wedi'i ddal yn ôl (llai na 5)");
    assertThat(welsh.figure(Suppression.NONE)).isEqualTo("dim i'w gyfrif");
    assertThat(welsh.figure("<5")).isEqualTo("<5");
    assertThat(welsh.figure("12.5%")).isEqualTo("12.5%");
    assertThat(in(Languages.ENGLISH).figure(Suppression.WITHHELD)).isEqualTo(Suppression.WITHHELD);
    assertThat(welsh.day(java.time.LocalDate.of(2026, 12, 4))).isEqualTo("4 Rhagfyr 2026");
  }
}
