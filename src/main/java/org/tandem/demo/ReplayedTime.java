package org.tandem.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.tandem.calendar.ServiceClock;

/**
 * The demo's past, recorded at the moments it happened. Every service dates what it records by the
 * service clock (a triage, a viability decision, each move of a case), and a past quarter's report
 * counts a step only if it was dated by the quarter's last day: a demo that did everything on the
 * day it loaded would show last quarter's men referred and none of them ever triaged. So while the
 * demo replays a moment ({@link #at}), the service clock reads that moment, on the loading thread
 * only; every other thread, and the loading thread at any other time, reads the real clock.
 *
 * <p>The service clock is wrapped only where the demo may load (see {@link DemoSwitch}): a
 * production service's clock is never touched.
 */
@Component
class ReplayedTime implements BeanPostProcessor, EnvironmentAware {

  private static final ThreadLocal<Replay> REPLAYING = new ThreadLocal<>();

  private boolean demoMayLoad;

  @Override
  public void setEnvironment(Environment environment) {
    demoMayLoad =
        DemoSwitch.wanted(
            environment.getProperty("tandem.db.url"), environment.getProperty("tandem.demo"));
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (demoMayLoad && bean instanceof ServiceClock clock) {
      return new ServiceClock(new ReplayClock(clock.asClock()));
    }
    return bean;
  }

  /**
   * Does {@code work} as if it were {@code time} on {@code day} in the service's zone: the clock
   * starts at that moment and ticks on in real time, so records made one after another keep their
   * order. The caller chooses a moment that has passed: the demo replays its past.
   */
  static void at(LocalDate day, LocalTime time, Runnable work) {
    Instant moment = day.atTime(time).atZone(ServiceClock.ZONE).toInstant();
    Replay before = REPLAYING.get();
    REPLAYING.set(new Replay(moment, System.nanoTime()));
    try {
      work.run();
    } finally {
      if (before == null) {
        REPLAYING.remove();
      } else {
        REPLAYING.set(before);
      }
    }
  }

  private record Replay(Instant from, long startedNanos) {

    Instant now() {
      return from.plus(Duration.ofNanos(System.nanoTime() - startedNanos));
    }
  }

  /** The service's own clock, except on a thread replaying a moment of the demo's past. */
  private static final class ReplayClock extends Clock {

    private final Clock real;

    ReplayClock(Clock real) {
      this.real = real;
    }

    @Override
    public ZoneId getZone() {
      return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new ReplayClock(real.withZone(zone));
    }

    @Override
    public Instant instant() {
      Replay replay = REPLAYING.get();
      return replay == null ? real.instant() : replay.now();
    }
  }
}
