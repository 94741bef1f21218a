package org.tandem;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import org.tandem.calendar.ServiceClock;

/**
 * The clock every test runs on, in place of the system's: it starts on Wednesday 2 December 2026 at
 * 10:00 in London whatever day the tests run, and ticks on in real time from there, so records made
 * one after another keep their order. A test may move it to another moment with {@link #travelTo};
 * {@link TandemTest} brings it back after each test.
 */
public final class TestClock extends Clock {

  /** The moment the test run starts at: a working Wednesday, well away from a clock change. */
  public static final ZonedDateTime START =
      LocalDateTime.of(2026, 12, 2, 10, 0).atZone(ServiceClock.ZONE);

  private final long startedNanos = System.nanoTime();
  private volatile Instant fixedAt;

  @Override
  public ZoneId getZone() {
    return ServiceClock.ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant fixed = fixedAt;
    if (fixed != null) {
      return fixed;
    }
    return START.toInstant().plus(Duration.ofNanos(System.nanoTime() - startedNanos));
  }

  /** Today, as the service sees it. */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), ServiceClock.ZONE);
  }

  /** Stops the clock at this moment until {@link #resume()}. */
  public void travelTo(Instant moment) {
    fixedAt = moment;
  }

  /** Stops the clock at this moment on the service's wall clock. */
  public void travelTo(LocalDateTime londonTime) {
    travelTo(londonTime.atZone(ServiceClock.ZONE).toInstant());
  }

  /**
   * Does this work with the clock stopped at a moment on the service's wall clock, then puts the
   * clock back as it was: how a builder records something on a day in the past through the API,
   * which stamps what it records with the service's time.
   */
  public <T> T at(LocalDateTime londonTime, Supplier<T> work) {
    Instant before = fixedAt;
    travelTo(londonTime);
    try {
      return work.get();
    } finally {
      fixedAt = before;
    }
  }

  /** Back to the run's own ticking time. */
  public void resume() {
    fixedAt = null;
  }
}
