package org.tandem.partnersupport.internal;

import java.time.OffsetDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.ReferralCreated;

/**
 * Every woman named in a referral is contacted, whether or not he is later accepted: the first step
 * is the letter and information pack. The task is created in the same transaction as the referral,
 * so there is never a referral naming her without it.
 */
@Component
class LetterTask {

  static final String KIND = "SEND_LETTER_AND_PACK";

  private final JdbcClient jdbc;
  private final ServiceClock clock;
  private final ServiceCalendar calendar;
  private final int workingDays;

  LetterTask(
      JdbcClient jdbc,
      ServiceClock clock,
      ServiceCalendar calendar,
      @Value("${tandem.partner-support.letter-due-within-working-days:2}") int workingDays) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.calendar = calendar;
    this.workingDays = workingDays;
  }

  @EventListener
  void on(ReferralCreated referral) {
    OffsetDateTime now = clock.now();
    // Due in working days, as every prompt to contact her is: a referral on Friday evening is due
    // on Tuesday, not on Sunday.
    OffsetDateTime due =
        calendar.workingDays().dueWithin(clock.local(), workingDays).toOffsetDateTime();
    for (Long partnerId : referral.partnerIds()) {
      jdbc.sql(
              """
              INSERT INTO partner_support_task (referral_id, partner_id, kind, due_at, created_at)
              VALUES (:referral, :partner, :kind, :due, :now)
              """)
          .param("referral", referral.referralId())
          .param("partner", partnerId)
          .param("kind", KIND)
          .param("due", due)
          .param("now", now)
          .update();
    }
  }
}
