package org.tandem.generator.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * How many people each weekly group holds in each week of the history, so that a place is offered
 * only where every week of it has room: no session's register is longer than the group's capacity.
 * Families are made in no order of time, so a place checks all of its weeks, not just its first.
 */
final class Registers {

  private final LocalDate start;
  private final LocalDate end;
  private final int weeks;
  private final int capacity;
  private final Map<Long, byte[]> heads = new HashMap<>();

  Registers(LocalDate start, LocalDate end, int capacity) {
    this.start = start;
    this.end = end;
    this.weeks = (int) ChronoUnit.WEEKS.between(start, end) + 2;
    this.capacity = capacity;
  }

  int capacity() {
    return capacity;
  }

  /** Whether the group has a seat in each of {@code count} weekly sessions from {@code first}. */
  boolean hasRoom(long group, LocalDate first, int count) {
    byte[] h = heads.get(group);
    if (h == null) {
      return true;
    }
    for (int w = 0; w < count; w++) {
      int at = week(first.plusWeeks(w));
      if (at < 0) {
        return true;
      }
      if (h[at] >= capacity) {
        return false;
      }
    }
    return true;
  }

  /** Takes a seat in each of those sessions that falls within the history. */
  void take(long group, LocalDate first, int count) {
    byte[] h = heads.computeIfAbsent(group, g -> new byte[weeks]);
    for (int w = 0; w < count; w++) {
      int at = week(first.plusWeeks(w));
      if (at < 0) {
        return;
      }
      h[at]++;
    }
  }

  /** The week of the history a day falls in; -1 once the history has ended. */
  private int week(LocalDate day) {
    if (day.isAfter(end)) {
      return -1;
    }
    return (int) ChronoUnit.WEEKS.between(start, day);
  }
}
