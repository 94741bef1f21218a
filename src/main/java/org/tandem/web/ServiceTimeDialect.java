package org.tandem.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import org.springframework.stereotype.Component;
import org.tandem.calendar.ServiceClock;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.expression.Temporals;

/**
 * Times come back from the database in UTC, and Thymeleaf's {@code #temporals} formats them in the
 * server's zone: a contact attempt at 00:30 on a summer night would read 23:30 the day before. This
 * replaces {@code #temporals} with one that shows every time on the service's calendar. (A later
 * dialect's expression object of the same name is the one templates get.)
 */
@Component
class ServiceTimeDialect extends TemplateObject {

  /**
   * Thymeleaf's own {@code #temporals}, except that a moment in time (one with an offset or a zone)
   * is moved to the service's zone before it is formatted; dates are formatted as they are.
   */
  public static final class ServiceTemporals {

    private final Temporals temporals;

    ServiceTemporals(Temporals temporals) {
      this.temporals = temporals;
    }

    public String format(Temporal target, String pattern) {
      return temporals.format(onTheServiceCalendar(target), pattern);
    }

    static Temporal onTheServiceCalendar(Temporal target) {
      if (target instanceof OffsetDateTime t) {
        return t.atZoneSameInstant(ServiceClock.ZONE);
      }
      if (target instanceof ZonedDateTime t) {
        return t.withZoneSameInstant(ServiceClock.ZONE);
      }
      if (target instanceof Instant t) {
        return t.atZone(ServiceClock.ZONE);
      }
      return target;
    }
  }

  ServiceTimeDialect() {
    super("temporals");
  }

  @Override
  protected Object objectFor(IExpressionContext context) {
    return new ServiceTemporals(new Temporals(context.getLocale(), ServiceClock.ZONE));
  }
}
