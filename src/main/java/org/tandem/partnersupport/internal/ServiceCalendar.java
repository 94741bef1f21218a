package org.tandem.partnersupport.internal;

import java.time.LocalDate;
import java.util.HashSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.partnersupport.WorkingDays;

/** The service's working days, with the bank holidays it keeps in the database, in UK time. */
@Component
class ServiceCalendar {

  private final JdbcClient jdbc;

  ServiceCalendar(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  WorkingDays workingDays() {
    return new WorkingDays(
        new HashSet<>(jdbc.sql("SELECT day FROM bank_holiday").query(LocalDate.class).list()));
  }

  /** Within how many working days the service wants her contacted after this change. */
  int workingDaysFor(Prompt prompt) {
    return jdbc.sql("SELECT working_days FROM partner_support_prompt WHERE prompt = :p")
        .param("p", prompt.name())
        .query(Integer.class)
        .optional()
        .orElse(1);
  }
}
