package org.tandem.outcomes.internal;

import org.tandem.outcomes.OutcomeCase;

/**
 * A case in the repeat-victimisation figure, with where it came from and, if it is excluded, which
 * kind of exclusion it is: commissioners see the kind, never a reason typed by a person.
 */
record CaseLine(OutcomeCase outcome, Source source, ExclusionKind exclusionKind) {

  enum Source {
    HISTORICAL,
    LIVE
  }

  enum ExclusionKind {
    NOT_KNOWN_ON_IMPORT("Not known (N/K) in the imported table"),
    WORKER_RECORDED("The service's involvement ended (recorded by the worker)"),
    EVALUATOR_MARKED("Marked by an evaluator as no longer involved");

    private final String label;

    ExclusionKind(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }
}
