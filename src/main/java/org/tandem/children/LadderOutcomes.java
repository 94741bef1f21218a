package org.tandem.children;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.children.internal.LadderResultsQuery;

/** The children's safety ladder aggregated for outcome reports: numbers only, never a child. */
@Service
public class LadderOutcomes {

  private final LadderResultsQuery query;

  LadderOutcomes(LadderResultsQuery query) {
    this.query = query;
  }

  /**
   * For children on cases in the area whose "after" reading was taken in the period (both dates
   * included) and who have a "before" reading it follows: how many rose, stayed the same or fell,
   * and the average change. Readings are paired as {@link SafetyLadder#progress} pairs them.
   */
  @Transactional(readOnly = true)
  public LadderResults ladderResults(long areaId, LocalDate from, LocalDate to) {
    return query.results(areaId, from, to);
  }
}
