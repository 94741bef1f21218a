package org.tandem.planner.internal;

import org.tandem.planner.PlannerForm;

/**
 * The planner's inputs as typed, with the name to save them under. It extends the planner's own
 * form so that its fields keep their names ({@code areas[0].population}, {@code budget[3]}): the
 * planner page posts them as they are, and problems land beside the same fields here.
 */
class ScenarioForm extends PlannerForm {

  private String scenarioName;

  public String getScenarioName() {
    return scenarioName;
  }

  public void setScenarioName(String scenarioName) {
    this.scenarioName = scenarioName;
  }
}
