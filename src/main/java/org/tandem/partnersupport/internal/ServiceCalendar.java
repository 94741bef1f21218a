package org.tandem.partnersupport.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.calendar.WorkingCalendar;
import org.tandem.calendar.WorkingDays;

/** The service's working days, with the bank holidays it keeps in the database, in UK time. */
@Component
class ServiceCalendar {

  private final JdbcClient jdbc;
  private final WorkingCalendar calendar;

  ServiceCalendar(JdbcClient jdbc, WorkingCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  WorkingDays workingDays() {
    return calendar.workingDays();
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
