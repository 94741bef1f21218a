package org.tandem.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.AuditLog;
import org.tandem.access.AuditLog.Action;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.EditConflictException;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * The retention schedule the service sets, the preview of what the job will anonymise next, and
 * legal holds on a case. Every change is in the audit trail; a preview is recorded as a list of the
 * cases it showed.
 */
@Service
public class Retention {

  /** The longest reason a hold may be given or lifted with. */
  public static final int REASON_MOST = 500;

  private final RetentionStore store;
  private final RetentionDates dates;
  private final CurrentUsers users;
  private final AuditLog audit;
  private final ServiceClock clock;
  private final MessageSource messages;

  Retention(
      RetentionStore store,
      RetentionDates dates,
      CurrentUsers users,
      AuditLog audit,
      ServiceClock clock,
      MessageSource messages) {
    this.messages = messages;
    this.store = store;
    this.dates = dates;
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  public RetentionSchedule schedule() {
    return store.schedule();
  }

  @Transactional
  public void setSchedule(RetentionSchedule schedule) {
    List<FieldProblem> problems = new ArrayList<>();
    years(problems, "closedCaseYears", schedule.closedCaseYears());
    years(problems, "notTakenUpYears", schedule.notTakenUpYears());
    if (schedule.youngestChildAge() < RetentionSchedule.YOUNGEST_CHILD_AGE_AT_LEAST
        || schedule.youngestChildAge() > RetentionSchedule.MOST_YEARS) {
      problems.add(
          new FieldProblem(
              "youngestChildAge",
              say(
                  "retention.problem.age",
                  RetentionSchedule.YOUNGEST_CHILD_AGE_AT_LEAST,
                  RetentionSchedule.MOST_YEARS)));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (!store.setSchedule(schedule, users.current().username(), clock.now())) {
      throw new EditConflictException(say("retention.problem.conflict"));
    }
    // Not a case's record: the trail names no case, only who changed the schedule and when.
    audit.record(Action.UPDATE, "retention schedule", null);
  }

  private void years(List<FieldProblem> problems, String field, int years) {
    if (years < RetentionSchedule.FEWEST_YEARS || years > RetentionSchedule.MOST_YEARS) {
      problems.add(
          new FieldProblem(
              field,
              say(
                  "retention.problem.years",
                  RetentionSchedule.FEWEST_YEARS,
                  RetentionSchedule.MOST_YEARS)));
    }
  }

  /** A page of the preview, and how many cases it holds in all. */
  public record PreviewPage(List<DueCase> items, long total, LocalDate until) {}

  /**
   * The cases in the user's areas that the job will anonymise from today to a month ahead (and any
   * past their date it has yet to reach), soonest first. Held cases are not in it: they will not be
   * anonymised while the hold is in force.
   */
  @Transactional
  public PreviewPage preview(long offset, int size) {
    CurrentUser user = users.current();
    LocalDate until = clock.today().plusMonths(1);
    RetentionDates.DuePage page = dates.dueBy(until, user.areaIds(), offset, size);
    audit.recordList(
        "retention preview",
        page.items().stream()
            .map(d -> new CaseRef(d.referralId(), d.reference(), d.areaId()))
            .toList());
    return new PreviewPage(page.items(), page.total(), until);
  }

  @Transactional
  public List<LegalHold> holds(CaseRef opened) {
    audit.record(Action.READ, "legal holds", opened);
    return store.holds(opened.referralId());
  }

  @Transactional
  public long placeHold(CaseRef opened, String reason) {
    String why = reason(reason);
    if (store.anonymised(opened.referralId())) {
      throw refused("retention.problem.anonymised");
    }
    Long id = store.place(opened.referralId(), why, users.current().username(), clock.now());
    if (id == null) {
      throw refused("retention.problem.alreadyHeld");
    }
    audit.record(Action.CREATE, "legal hold", opened);
    return id;
  }

  @Transactional
  public void liftHold(CaseRef opened, String reason) {
    String why = reason(reason);
    if (!store.lift(opened.referralId(), why, users.current().username(), clock.now())) {
      throw refused("retention.problem.notHeld");
    }
    audit.record(Action.UPDATE, "legal hold lifted", opened);
  }

  private String reason(String typed) {
    String reason = typed == null ? "" : typed.strip();
    if (reason.isEmpty()) {
      throw refused("retention.problem.reason");
    }
    if (reason.length() > REASON_MOST) {
      throw refused("retention.problem.reasonLong", REASON_MOST);
    }
    return reason;
  }

  private InvalidRequestException refused(String key, Object... args) {
    return new InvalidRequestException(List.of(new FieldProblem("reason", say(key, args))));
  }

  /** Wording in the language of the request being answered. */
  private String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
