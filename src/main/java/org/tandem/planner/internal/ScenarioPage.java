package org.tandem.planner.internal;

import java.util.List;

/** A page of saved scenarios, newest first; {@code page} counts from 0. */
record ScenarioPage(List<ScenarioSummary> items, int page, int size, long total) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
