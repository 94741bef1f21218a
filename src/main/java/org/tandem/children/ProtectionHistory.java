package org.tandem.children;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tandem.referral.ProtectionStatus;
import org.tandem.web.FieldProblem;

/**
 * The rules of a child's protection status over time, in plain Java. Each change keeps the status
 * it replaced, so the status at referral is known without a row of its own: it is what the first
 * change replaced, or the current status if nothing has changed.
 */
public final class ProtectionHistory {

  private ProtectionHistory() {}

  /** A recorded change, as stored. */
  public record Change(
      long id,
      ProtectionStatus previous,
      ProtectionStatus status,
      LocalDate changedOn,
      String recordedBy) {}

  /** The whole history, newest first, ending with the status at referral. */
  public static List<StatusEntry> history(
      ProtectionStatus current, LocalDate referredOn, List<Change> changes) {
    List<Change> oldestFirst =
        changes.stream()
            .sorted(Comparator.comparing(Change::changedOn).thenComparingLong(Change::id))
            .toList();
    ProtectionStatus atReferral = oldestFirst.isEmpty() ? current : oldestFirst.get(0).previous();
    List<StatusEntry> entries = new ArrayList<>();
    entries.add(new StatusEntry(atReferral, referredOn, null, true));
    for (Change c : oldestFirst) {
      entries.add(new StatusEntry(c.status(), c.changedOn(), c.recordedBy(), false));
    }
    Collections.reverse(entries);
    return entries;
  }

  /**
   * Every problem with a change: a status is chosen and differs from the current one, and the date
   * is today or earlier and not before the referral or the last change (so history stays in order).
   */
  public static List<FieldProblem> problems(
      ProtectionStatus current,
      ProtectionStatus next,
      LocalDate changedOn,
      LocalDate referredOn,
      LocalDate lastChangeOn,
      LocalDate today) {
    return problems(
        current, next, changedOn, referredOn, lastChangeOn, today, ChildProblemWords.ENGLISH);
  }

  /** The same problems, in the words given. */
  static List<FieldProblem> problems(
      ProtectionStatus current,
      ProtectionStatus next,
      LocalDate changedOn,
      LocalDate referredOn,
      LocalDate lastChangeOn,
      LocalDate today,
      ChildProblemWords words) {
    List<FieldProblem> problems = new ArrayList<>();
    if (next == null) {
      problems.add(words.problem("status", "children.problem.status.missing"));
    } else if (next == current) {
      problems.add(words.problem("status", "children.problem.status.same"));
    }
    if (changedOn == null) {
      problems.add(words.problem("changedOn", "children.problem.status.dateMissing"));
    } else if (changedOn.isAfter(today)) {
      problems.add(words.problem("changedOn", "children.problem.status.dateFuture"));
    } else if (lastChangeOn != null && changedOn.isBefore(lastChangeOn)) {
      problems.add(
          words.problem(
              "changedOn", "children.problem.status.beforeLastChange", words.date(lastChangeOn)));
    } else if (referredOn != null && changedOn.isBefore(referredOn)) {
      problems.add(
          words.problem(
              "changedOn", "children.problem.status.beforeReferral", words.date(referredOn)));
    }
    return problems;
  }

  /** A date as the pages show it, for example 2 March 2026. */
  public static String format(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }
}
