package org.tandem.calendar;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The system clock in the service's zone; tests put a clock of their own in its place. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ServiceClock.ZONE);
  }
}
