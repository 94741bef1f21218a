package org.tandem.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.calendar.ServiceClock;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.expression.Temporals;

/**
 * Times come back from the database in UTC, and Thymeleaf's {@code #temporals} formats them in the
 * server's zone: a contact attempt at 00:30 on a summer night would read 23:30 the day before. This
 * replaces {@code #temporals} with one that shows every time on the service's calendar. (A later
 * dialect's expression object of the same name is the one templates get.)
 */
@Component
class ServiceTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

  private static final String TEMPORALS = "temporals";

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
    super("tandem-service-time");
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new IExpressionObjectFactory() {
      @Override
      public Set<String> getAllExpressionObjectNames() {
        return Set.of(TEMPORALS);
      }

      @Override
      public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return TEMPORALS.equals(expressionObjectName)
            ? new ServiceTemporals(new Temporals(context.getLocale(), ServiceClock.ZONE))
            : null;
      }

      @Override
      public boolean isCacheable(String expressionObjectName) {
        return true;
      }
    };
  }
}
