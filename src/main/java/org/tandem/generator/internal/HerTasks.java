package org.tandem.generator.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The partner-support worker's tasks about one woman, as the service raises them: send the letter
 * and pack, contact her after each change in his status (within the working days the service
 * allows), and her follow-up evaluations. Most are done in time; those raised in the last days of
 * the history are still open, as a worker's list is on any day.
 */
final class HerTasks {

  private HerTasks() {}

  /** The letter task and a contact task for every change in his status, for one woman. */
  static void forHer(Journey j, long partnerId, Instant created, LocalDate letterSent) {
    Instant letterDue = workingDaysAfter(created, 2);
    task(
        j,
        partnerId,
        "SEND_LETTER_AND_PACK",
        null,
        letterDue,
        created,
        letterSent == null ? null : Odds.during(j.r, letterSent));
    for (Journey.Prompt p : j.prompts) {
      Instant due = workingDaysAfter(p.at(), p.workingDays());
      // Nine in ten are done in time; the rest some days late.
      long hours = Odds.chance(j.r, 0.9) ? j.r.nextInt(20) + 1 : 24 * Odds.between(j.r, 3, 10);
      Instant done = p.at().plusSeconds(3_600 * hours);
      task(j, partnerId, "CONTACT_HER", p.reason(), due, p.at(), done);
    }
  }

  /**
   * Her follow-up evaluation task at a point: done when the evaluation is recorded, or closed by
   * the worker some weeks after it fell due when she could not be reached.
   */
  static void evaluation(
      Journey j, long partnerId, int months, LocalDate reached, Instant recorded) {
    Instant created = Odds.during(j.r, reached);
    Instant due = reached.plusMonths(months).atTime(17, 0).toInstant(ZoneOffset.UTC);
    Instant done =
        recorded != null ? recorded : due.plusSeconds(86_400L * Odds.between(j.r, 7, 28));
    task(j, partnerId, "EVALUATION_" + months + "_MONTHS", null, due, created, done);
  }

  private static void task(
      Journey j,
      long partnerId,
      String kind,
      String reason,
      Instant due,
      Instant created,
      Instant done) {
    Instant end = j.end.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    if (done != null && done.isAfter(end)) {
      done = null;
    }
    String worker = j.place.partnerSupport();
    j.t.task.row(
        j.t.task.nextId(),
        j.referralId,
        partnerId,
        kind,
        reason,
        due,
        created,
        done,
        done == null ? null : worker);
    if (done != null) {
      j.audit(done, worker, "UPDATE", "partner-support task");
    }
  }

  /** A number of working days on, weekends skipped, at five in the afternoon. */
  static Instant workingDaysAfter(Instant from, int days) {
    ZonedDateTime day = from.atZone(ZoneOffset.UTC);
    for (int added = 0; added < days; ) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        added++;
      }
    }
    return day.withHour(17).withMinute(0).withSecond(0).toInstant();
  }
}
