package org.tandem.partnersupport.internal;

import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.calendar.ServiceClock;
import org.tandem.programme.ProgrammeStatusChanged;
import org.tandem.referral.CaseClosed;
import org.tandem.risk.RiskEventRecorded;

/**
 * Whenever his status changes, the partner-support worker is to contact each woman on the case,
 * within the working days the service sets for that change. The tasks are created in the same
 * transaction as the change, so there is never a change without its prompt.
 */
@Component
class StatusChangePrompts {

  static final String KIND = "CONTACT_HER";

  private final JdbcClient jdbc;
  private final ServiceCalendar calendar;
  private final ServiceClock clock;

  StatusChangePrompts(JdbcClient jdbc, ServiceCalendar calendar, ServiceClock clock) {
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.clock = clock;
  }

  @EventListener
  void on(ProgrammeStatusChanged change) {
    Prompt.of(change)
        .ifPresent(
            p ->
                prompt(
                    change.referralId(),
                    p,
                    change.from() == org.tandem.programme.EnrolmentStatus.SUSPENDED
                            && p == Prompt.STARTED
                        ? Prompt.RETURNED
                        : p.reason()));
  }

  @EventListener
  void on(CaseClosed closed) {
    prompt(closed.referralId(), Prompt.CASE_CLOSED, Prompt.CASE_CLOSED.reason());
  }

  @EventListener
  void on(RiskEventRecorded event) {
    Prompt.of(event.kind()).ifPresent(p -> prompt(event.referralId(), p, p.reason()));
  }

  private void prompt(long referralId, Prompt prompt, String reason) {
    List<Long> partners =
        jdbc.sql("SELECT id FROM partner WHERE referral_id = :r ORDER BY id")
            .param("r", referralId)
            .query(Long.class)
            .list();
    if (partners.isEmpty()) {
      return;
    }
    ZonedDateTime now = clock.local();
    ZonedDateTime due = calendar.workingDays().dueWithin(now, calendar.workingDaysFor(prompt));
    for (Long partnerId : partners) {
      jdbc.sql(
              """
              INSERT INTO partner_support_task
                (referral_id, partner_id, kind, reason, due_at, created_at)
              VALUES (:referral, :partner, :kind, :reason, :due, :now)
              """)
          .param("referral", referralId)
          .param("partner", partnerId)
          .param("kind", KIND)
          .param("reason", reason)
          .param("due", due.toOffsetDateTime())
          .param("now", now.toOffsetDateTime())
          .update();
    }
  }
}
