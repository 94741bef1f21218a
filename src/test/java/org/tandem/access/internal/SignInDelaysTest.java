package org.tandem.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How failed sign-ins turn into waits, as a plain rule without the application. */
class SignInDelaysTest {

  @Test
  void waitsDoubleAfterTheFreeFailuresUpToTheLongest() {
    SignInThrottle.Delays delays =
        new SignInThrottle.Delays(5, Duration.ofSeconds(1), Duration.ofMinutes(1));

    assertThat(delays.after(5)).isZero();
    assertThat(delays.after(6)).hasSeconds(1);
    assertThat(delays.after(7)).hasSeconds(2);
    assertThat(delays.after(10)).hasSeconds(16);
    assertThat(delays.after(12)).hasSeconds(60);
    assertThat(delays.after(1_000_000)).hasSeconds(60);
  }
}
