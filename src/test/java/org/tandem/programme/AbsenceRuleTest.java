package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.programme.AttendanceMark.ABSENT_WITHOUT_REASON;
import static org.tandem.programme.AttendanceMark.ABSENT_WITH_REASON;
import static org.tandem.programme.AttendanceMark.ATTENDED;
import static org.tandem.programme.AttendanceMark.LATE;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbsenceRuleTest {

  @Test
  void twoUnexplainedAbsencesInARowAreBelowALimitOfThree() {
    assertThat(
            AbsenceRule.reached(List.of(ATTENDED, ABSENT_WITHOUT_REASON, ABSENT_WITHOUT_REASON), 3))
        .isFalse();
  }

  @Test
  void threeInARowReachTheLimit() {
    assertThat(
            AbsenceRule.reached(
                List.of(
                    ATTENDED, ABSENT_WITHOUT_REASON, ABSENT_WITHOUT_REASON, ABSENT_WITHOUT_REASON),
                3))
        .isTrue();
  }

  @Test
  void attendingOrGivingAReasonBreaksTheRun() {
    List<AttendanceMark> marks =
        List.of(
            ABSENT_WITHOUT_REASON,
            ABSENT_WITHOUT_REASON,
            ABSENT_WITH_REASON,
            ABSENT_WITHOUT_REASON);
    assertThat(AbsenceRule.runOfUnexplainedAbsences(marks)).isEqualTo(1);
    assertThat(AbsenceRule.reached(marks, 3)).isFalse();
    assertThat(
            AbsenceRule.reached(
                List.of(ABSENT_WITHOUT_REASON, ABSENT_WITHOUT_REASON, LATE, ABSENT_WITHOUT_REASON),
                3))
        .isFalse();
  }

  @Test
  void theLimitIsTheServices() {
    List<AttendanceMark> two = List.of(ABSENT_WITHOUT_REASON, ABSENT_WITHOUT_REASON);
    assertThat(AbsenceRule.reached(two, 2)).isTrue();
    assertThat(AbsenceRule.reached(List.of(), 1)).isFalse();
  }

  @Test
  void lateCountsAsAttendance() {
    assertThat(LATE.counts()).isTrue();
    assertThat(ABSENT_WITH_REASON.counts()).isFalse();
  }
}
