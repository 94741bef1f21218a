package org.tandem.assessment;

/** What every report to the referrer carries from the worker: the recommendations and the time. */
public interface Recommendations {

  String contact();

  String supervision();

  String programme();

  Integer minutesSpent();
}
