package org.tandem.outcomes.internal;

import java.util.List;
import org.tandem.outcomes.ImportProblem;

/** A historical table with at least one problem: nothing from it was imported. */
class HistoricalImportRejected extends RuntimeException {

  private final transient List<ImportProblem> problems;

  HistoricalImportRejected(List<ImportProblem> problems) {
    super("Historical import refused with " + problems.size() + " problems");
    this.problems = List.copyOf(problems);
  }

  List<ImportProblem> problems() {
    return problems;
  }
}
