package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Hours read as a person says them, with the service's own words from the message bundle. */
class HoursTextTest {

  private final HoursText hours = new HoursText(messages(), Locale.UK);

  @Test
  void hoursReadAsHoursAndMinutes() {
    assertThat(hours.of(new BigDecimal("1.875"))).isEqualTo("1 hour 52 minutes");
    assertThat(hours.of(new BigDecimal("3.75"))).isEqualTo("3 hours 45 minutes");
    assertThat(hours.of(new BigDecimal("12.5"), new BigDecimal("60.000")))
        .isEqualTo("12 hours 30 minutes of 60 hours");
    assertThat(hours.of(new BigDecimal("20.625"))).isEqualTo("20 hours 37 minutes");
  }

  @Test
  void wholeHoursPartHoursAndNoneEachReadNaturally() {
    assertThat(hours.of(new BigDecimal("1"))).isEqualTo("1 hour");
    assertThat(hours.of(new BigDecimal("0.75"))).isEqualTo("45 minutes");
    assertThat(hours.of(new BigDecimal("1.0167"))).isEqualTo("1 hour 1 minute");
    assertThat(hours.of(BigDecimal.ZERO, new BigDecimal("60"))).isEqualTo("0 hours of 60 hours");
    assertThat(hours.of(null)).isEqualTo("0 hours");
  }

  @Test
  void partMinutesAreLeftOffSoNoOneIsShownAsHavingDoneMore() {
    assertThat(HoursText.minutes(new BigDecimal("1.875"))).isEqualTo(112);
    assertThat(HoursText.minutes(new BigDecimal("59.999"))).isEqualTo(3599);
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    return source;
  }
}
