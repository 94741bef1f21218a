package org.tandem.programme;

import java.util.List;

/**
 * Absences without a reason that reach the service's limit in a row prompt a review. Attending,
 * being late or giving a reason breaks the run.
 */
public final class AbsenceRule {

  private AbsenceRule() {}

  /** The unexplained absences at the end of his record, most recent last. */
  public static int runOfUnexplainedAbsences(List<AttendanceMark> marksInDateOrder) {
    int run = 0;
    for (int i = marksInDateOrder.size() - 1; i >= 0; i--) {
      if (marksInDateOrder.get(i) != AttendanceMark.ABSENT_WITHOUT_REASON) {
        break;
      }
      run++;
    }
    return run;
  }

  public static boolean reached(List<AttendanceMark> marksInDateOrder, int limit) {
    return runOfUnexplainedAbsences(marksInDateOrder) >= limit;
  }
}
