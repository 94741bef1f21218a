package org.tandem.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The service's working days, with the bank holidays it keeps in the database: every due time a
 * worker is given (her letter, a prompt to contact her, a MARAC referral) is counted on these.
 */
@Component
public class WorkingCalendar {

  private final JdbcClient jdbc;

  WorkingCalendar(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public WorkingDays workingDays() {
    return new WorkingDays(
        new HashSet<>(jdbc.sql("SELECT day FROM bank_holiday").query(LocalDate.class).list()));
  }
}
