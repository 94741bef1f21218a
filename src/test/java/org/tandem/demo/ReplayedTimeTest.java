package org.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.tandem.calendar.ServiceClock;

/**
 * The demo replays its past on the service clock of the thread loading it, and nowhere else: not on
 * other threads, not once the replay is over, and never on a production service's clock.
 */
class ReplayedTimeTest {

  private static final Instant REAL = Instant.parse("2026-12-02T10:00:00Z");
  private static final LocalDate PAST = LocalDate.of(2026, 8, 14);

  private static ServiceClock clockWhere(MockEnvironment environment) {
    ReplayedTime replayed = new ReplayedTime();
    replayed.setEnvironment(environment);
    ServiceClock real = new ServiceClock(Clock.fixed(REAL, ServiceClock.ZONE));
    return (ServiceClock) replayed.postProcessAfterInitialization(real, "serviceClock");
  }

  @Test
  void whileTheDemoReplaysADayItsThreadAloneReadsThatDay() {
    ServiceClock clock = clockWhere(new MockEnvironment());
    LocalDate[] seen = new LocalDate[2];
    ReplayedTime.at(
        PAST,
        LocalTime.of(11, 0),
        () -> {
          seen[0] = clock.today();
          seen[1] = CompletableFuture.supplyAsync(clock::today).join();
        });
    assertThat(seen[0]).as("the loading thread").isEqualTo(PAST);
    assertThat(seen[1]).as("another thread").isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(clock.instant()).as("after the replay").isEqualTo(REAL);
  }

  @Test
  void aProductionServicesClockIsNeverWrapped() {
    ServiceClock clock =
        clockWhere(new MockEnvironment().withProperty("tandem.db.url", "jdbc:postgresql://db/x"));
    ReplayedTime.at(PAST, LocalTime.of(11, 0), () -> assertThat(clock.instant()).isEqualTo(REAL));
  }

  @Test
  void theDemoSwitchedOnOverAProductionDatabaseReplaysToo() {
    ServiceClock clock =
        clockWhere(
            new MockEnvironment()
                .withProperty("tandem.db.url", "jdbc:postgresql://db/x")
                .withProperty("tandem.demo", "true"));
    ReplayedTime.at(PAST, LocalTime.of(11, 0), () -> assertThat(clock.today()).isEqualTo(PAST));
  }
}
