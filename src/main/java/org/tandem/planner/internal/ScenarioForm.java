package org.tandem.planner.internal;

import org.tandem.planner.PlannerForm;

/**
 * The planner's inputs as typed, with the name to save them under. It extends the planner's own
 * form so that its fields keep their names ({@code areas[0].population}, {@code budget[3]}): the
 * planner page posts them as they are, and problems land beside the same fields here.
 *
 * <p>PlannerForm keeps its typed values in fields without accessors, so this form is bound and
 * shown by direct field access (see {@link ScenarioController#directFields}).
 */
class ScenarioForm extends PlannerForm {

  private String scenarioName;

  String scenarioName() {
    return scenarioName;
  }

  void scenarioName(String name) {
    this.scenarioName = name;
  }
}
