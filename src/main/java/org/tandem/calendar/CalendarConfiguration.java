package org.tandem.calendar;

import java.time.Clock;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The system clock in the service's zone; tests put a clock of their own in its place. Validation
 * ("today or in the past") asks the same clock.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ServiceClock.ZONE);
  }

  @Bean
  ValidationConfigurationCustomizer validationOnTheServiceClock(ServiceClock clock) {
    return configuration -> configuration.clockProvider(clock::asClock);
  }
}
