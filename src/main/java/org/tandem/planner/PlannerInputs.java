package org.tandem.planner;

import java.util.List;

/**
 * Everything a plan is worked out from: the areas, the assumptions, and for each area the code of
 * the Tandem area whose live figures it is set against ("" when none). A saved scenario is exactly
 * this.
 */
public record PlannerInputs(
    List<PlannerArea> areas, Assumptions assumptions, List<String> tandemAreas) {

  public Plan plan() {
    return CommissioningPlanner.plan(areas, assumptions);
  }
}
