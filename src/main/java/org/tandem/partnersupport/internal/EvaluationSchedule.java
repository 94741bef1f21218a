package org.tandem.partnersupport.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.partnersupport.HerContactStatusChanged;

/** Reaching her for the first time schedules her 3, 6 and 18-month evaluations. */
@Component
class EvaluationSchedule {

  private final EvaluationStore store;

  EvaluationSchedule(EvaluationStore store) {
    this.store = store;
  }

  @EventListener
  void on(HerContactStatusChanged changed) {
    store.startIfFirstReached(changed.pass(), changed.partnerId(), changed.status(), changed.at());
  }
}
