package org.tandem.planner.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of the list of saved scenarios.
 *
 * @param firstYearCost the first-year cost of the service the expected referrals need, in pounds
 * @param version the version to send when renaming it
 * @param manageable whether the caller may rename or delete it
 */
record ScenarioSummary(
    long id,
    String name,
    String createdBy,
    OffsetDateTime createdAt,
    List<String> areas,
    long womenExperiencingAbuse,
    long firstYearCost,
    int version,
    boolean manageable) {

  static ScenarioSummary of(Scenario s, boolean manageable) {
    return new ScenarioSummary(
        s.id(),
        s.name(),
        s.createdBy(),
        s.createdAt(),
        s.inputs().areas().stream().map(a -> a.name()).toList(),
        s.plan().total().womenExperiencingAbuse(),
        s.plan().budget().firstYearForReferrals(),
        s.version(),
        manageable);
  }
}
