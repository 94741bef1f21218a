package org.tandem.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * "Now" and "today" for the whole service. The service works in UK time, so "today" is the day in
 * Europe/London: a session recorded at 00:30 in British Summer Time lands on the day the worker
 * lived it, not on the day before in UTC. Every feature asks this clock, never the system's, so a
 * test can set the time.
 */
@Component
public class ServiceClock {

  /** The zone the service's days are counted in. */
  public static final ZoneId ZONE = ZoneId.of("Europe/London");

  private final Clock clock;

  public ServiceClock(Clock clock) {
    this.clock = clock;
  }

  /** The clock itself, for libraries that ask for one (validation of past and future dates). */
  public Clock asClock() {
    return clock;
  }

  public Instant instant() {
    return clock.instant();
  }

  /** This moment as stored: an instant, written with a UTC offset. */
  public OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** This moment on the service's wall clock. */
  public ZonedDateTime local() {
    return ZonedDateTime.ofInstant(clock.instant(), ZONE);
  }

  /** Today in the service's zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  /** The service's day on which an instant fell. */
  public static LocalDate dayOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** The service's day on which a stored moment fell. */
  public static LocalDate dayOf(OffsetDateTime moment) {
    return moment == null ? null : dayOf(moment.toInstant());
  }

  /** The start of a service day, as an instant to compare stored moments with. */
  public static OffsetDateTime startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toOffsetDateTime();
  }
}
