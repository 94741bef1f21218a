package org.tandem;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts the {@link TestClock} in place of the system clock for every test of the application. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

  /** One clock for the whole test run, shared by the application and the tests that read it. */
  public static final TestClock CLOCK = new TestClock();

  @Bean
  @Primary
  TestClock testClock() {
    return CLOCK;
  }
}
