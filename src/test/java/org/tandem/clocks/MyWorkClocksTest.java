package org.tandem.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.referral.AReferral;

/** What "my work" asks of the clocks: his breaches for a set of cases, and a count per area. */
class MyWorkClocksTest extends TandemTest {

  @Autowired Clocks clocks;

  @BeforeEach
  void onAWednesday() {
    clock.travelTo(LocalDateTime.of(2026, 12, 2, 15, 0));
  }

  private long id(String reference) {
    return jdbc.sql("SELECT id FROM referral WHERE reference = :r")
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  @Test
  void hisBreachesForASetOfCasesAndTheCountPerArea() {
    TestArea area = newArea();
    TestArea quiet = newArea();
    // Friday 20 November: his first attempt was due Tuesday 24th; her first on Monday 23rd.
    long late = id(newCase(area, AReferral.in(area).referredOn(LocalDate.of(2026, 11, 20))));
    long fresh = id(newCase(area, AReferral.in(area).referredOn(LocalDate.of(2026, 12, 2))));

    List<ClockBreach> breaches = clocks.breachingFor(List.of(late, fresh));
    assertThat(breaches)
        .extracting(ClockBreach::referralId, ClockBreach::kind, ClockBreach::overdue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(late, ClockKind.HIS_FIRST_ATTEMPT, 1L));
    assertThat(breaches.get(0).dueOn()).isEqualTo(LocalDate.of(2026, 11, 24));

    // His first attempt, and for the one woman named on the referral her first attempt (due 23
    // November) and reaching her (due 27 November); nothing yet on the case referred today.
    assertThat(clocks.breachCountByArea(List.of(area.id(), quiet.id())))
        .containsEntry(area.id(), 3L)
        .containsEntry(quiet.id(), 0L);
  }
}
