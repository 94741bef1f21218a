package org.tandem.retention;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.access.CaseRef;
import org.tandem.access.ScheduledPasses;
import org.tandem.calendar.ServiceClock;

/**
 * Anonymises every case past its date under the schedule, once a night ({@code
 * tandem.retention.cron}). Each case is claimed, anonymised and marked in a transaction of its own,
 * locked so a second node running the same job passes it by; a case that fails is left whole for
 * the next run. A case once anonymised is never taken again, so a second run does nothing.
 */
@Component
public class RetentionJob {

  /** The most cases one run anonymises, so a backlog is worked off over nights, not in one. */
  private static final int MOST_PER_RUN = 500;

  private final RetentionDates dates;
  private final Anonymiser anonymiser;
  private final ScheduledPasses passes;
  private final TransactionTemplate transactions;
  private final ServiceClock clock;
  private final boolean scheduled;

  RetentionJob(
      RetentionDates dates,
      Anonymiser anonymiser,
      ScheduledPasses passes,
      TransactionTemplate transactions,
      ServiceClock clock,
      @Value("${tandem.retention.scheduled:true}") boolean scheduled) {
    this.dates = dates;
    this.anonymiser = anonymiser;
    this.passes = passes;
    this.transactions = transactions;
    this.clock = clock;
    this.scheduled = scheduled;
  }

  @Scheduled(cron = "${tandem.retention.cron:0 30 2 * * *}", zone = "Europe/London")
  void onSchedule() {
    if (scheduled) {
      anonymiseDue();
    }
  }

  /** Anonymises every case due by today, in every area: how many were anonymised. */
  public int anonymiseDue() {
    return anonymiseDue(null);
  }

  /** The same, for one area only: how a test runs the job on its own cases alone. */
  int anonymiseDue(Long areaId) {
    int done = 0;
    while (done < MOST_PER_RUN && Boolean.TRUE.equals(transactions.execute(s -> one(areaId)))) {
      done++;
    }
    return done;
  }

  private boolean one(Long areaId) {
    Optional<DueCase> due = dates.claimNext(clock.today(), areaId);
    due.ifPresent(
        d ->
            anonymiser.anonymise(
                passes.forScheduledWork(
                    new CaseRef(d.referralId(), d.reference(), d.areaId()),
                    "case anonymised under the retention schedule"),
                d));
    return due.isPresent();
  }
}
