package org.tandem.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.calendar.WorkingDays;

/**
 * The published view counts working days in SQL (add_working_days) and the case page in Java
 * (WorkingDays): the two must give the same day, or a case page and the breaches list would
 * disagree. Checked for every start day from late 2026 across Christmas, New Year and Easter 2027.
 */
class ClockViewAgreesTest extends TandemTest {

  @Autowired WorkingCalendar calendar;

  @Test
  void sqlAndJavaCountWorkingDaysAlike() {
    WorkingDays days = calendar.workingDays();
    LocalDate first = LocalDate.of(2026, 12, 14);
    for (LocalDate from = first;
        from.isBefore(LocalDate.of(2027, 4, 10));
        from = from.plusDays(1)) {
      for (int n : new int[] {0, 1, 2, 5, 15, 40}) {
        LocalDate sql =
            jdbc.sql("SELECT add_working_days(:from, :n)")
                .param("from", from)
                .param("n", n)
                .query(LocalDate.class)
                .single();
        assertThat(sql).as("%s + %d working days", from, n).isEqualTo(days.add(from, n));
      }
    }
  }
}
