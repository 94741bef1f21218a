package org.tandem.access.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseNotFoundException;
import org.tandem.access.CurrentUser;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.RequestRefused;
import org.tandem.web.ThisRequest;

/**
 * Records every refused request in the audit trail: who, when, what they asked for (the method and
 * path as asked, never the query or the body) and the outcome. A 404 for another area's case looks
 * to the user exactly like one for no case at all; the trail says which it was, and links the entry
 * to the case, so the case's own trail shows who tried. Someone refused {@code alert-after} times
 * within {@code alert-within} raises one alert for the managers of their areas, not one per
 * refusal.
 */
@Component
class Refusals {

  private static final Logger log = LoggerFactory.getLogger(Refusals.class);

  /** A case that the refused request named: one the user may not have been allowed to open. */
  private record Named(long id, String reference, long areaId) {}

  private static final Pattern CASE_PATH = Pattern.compile("^(?:/api/v\\d+)?/cases/([^/;]+)");
  private static final int WHAT_LENGTH = 200;
  private static final int REFERENCE_LENGTH = 20;

  private final AuditLog audit;
  private final CurrentUsers currentUsers;
  private final JdbcClient jdbc;
  private final ServiceClock clock;
  private final TransactionTemplate transaction;
  private final int alertAfter;
  private final Duration alertWithin;

  Refusals(
      AuditLog audit,
      CurrentUsers currentUsers,
      JdbcClient jdbc,
      ServiceClock clock,
      PlatformTransactionManager transactions,
      @Value("${tandem.refusals.alert-after:5}") int alertAfter,
      @Value("${tandem.refusals.alert-within:1h}") Duration alertWithin) {
    this.audit = audit;
    this.currentUsers = currentUsers;
    this.jdbc = jdbc;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.alertAfter = alertAfter;
    this.alertWithin = alertWithin;
  }

  /** A refusal answered by the pages' or the API's error handlers. */
  @EventListener
  void on(RequestRefused refused) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      refused(attrs.getRequest(), refused.status(), refused.cause());
    }
  }

  /**
   * Records one refusal of the current request, once however many handlers see it. A 404 counts
   * only for a case (an address that does not exist is not a refusal), and someone not signed in is
   * not recorded: anyone could fill the trail that way, and there is no one to name.
   */
  void refused(HttpServletRequest request, int status, Exception cause) {
    if (status == 404 && !(cause instanceof CaseNotFoundException)) {
      return;
    }
    CurrentUser user = currentUsers.currentOrNull();
    if (user == null || !ThisRequest.firstTime("refusal-recorded")) {
      return;
    }
    try {
      record(request, status, cause, user);
    } catch (RuntimeException e) {
      // The refusal has been decided; failing to record it must not turn it into a 500.
      log.error("Could not record a refused request: {}", e.getClass().getName());
    }
  }

  private void record(HttpServletRequest request, int status, Exception cause, CurrentUser user) {
    String path = askedPath(request);
    String asked =
        cause instanceof CaseNotFoundException notFound
            ? notFound.reference()
            : caseIn(path).orElse(null);
    Optional<Named> found = asked == null ? Optional.empty() : existing(asked);
    String outcome = outcome(status, asked, found, user);
    String what = "refused (" + outcome + "): " + request.getMethod() + " " + path;
    if (found.isPresent()) {
      Named c = found.get();
      audit.recordRefusal(clip(what), c.id(), c.reference(), c.areaId());
    } else {
      String kept = asked == null || asked.length() > REFERENCE_LENGTH ? null : asked;
      audit.recordRefusal(clip(what), null, kept, null);
    }
    raiseAlertIfRepeated(user);
  }

  private static String outcome(int status, String asked, Optional<Named> found, CurrentUser user) {
    String code = status == 403 ? "403 forbidden" : "404 not found";
    if (asked == null) {
      return code;
    }
    if (found.isEmpty()) {
      return code + "; no such case";
    }
    if (!user.covers(found.get().areaId())) {
      return code + "; a case in an area they do not cover";
    }
    return status == 404
        ? code + "; a case their role may not open"
        : code + "; a case in their area";
  }

  /** The path as the user asked for it: before Spring Security forwarded it to the 403 page. */
  private static String askedPath(HttpServletRequest request) {
    Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
    String uri = forwarded instanceof String f ? f : request.getRequestURI();
    String context = request.getContextPath();
    return context != null && !context.isEmpty() && uri.startsWith(context)
        ? uri.substring(context.length())
        : uri;
  }

  private static Optional<String> caseIn(String path) {
    Matcher m = CASE_PATH.matcher(path);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private Optional<Named> existing(String reference) {
    return jdbc.sql("SELECT id, reference, area_id FROM referral WHERE reference = :r")
        .param("r", reference)
        .query((rs, i) -> new Named(rs.getLong(1), rs.getString(2), rs.getLong(3)))
        .optional();
  }

  /**
   * One alert per burst: raised when the user's refusals within the window reach the threshold and
   * no alert about them has been raised within it. Serialised per user, so two refusals at the same
   * moment cannot raise two alerts.
   */
  private void raiseAlertIfRepeated(CurrentUser user) {
    OffsetDateTime now = clock.now();
    OffsetDateTime since = now.minus(alertWithin);
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('refusal_alert:' || :u))")
              .param("u", user.username())
              .query()
              .listOfRows();
          jdbc.sql(
                  """
                  INSERT INTO refusal_alert (user_id, username, area_ids, refusals, since, raised_at)
                  SELECT :id, :u,
                    ARRAY(SELECT DISTINCT a FROM unnest(CAST(:mine AS bigint[]) || refused.areas) a
                          ORDER BY a),
                    refused.n, refused.first, :now
                  FROM (SELECT count(*) AS n, min(occurred_at) AS first,
                          coalesce(array_agg(area_id) FILTER (WHERE area_id IS NOT NULL), '{}') AS areas
                        FROM audit_event
                        WHERE username = :u AND action = 'REFUSED' AND occurred_at > :since) refused
                  WHERE refused.n >= :threshold
                    AND NOT EXISTS (SELECT 1 FROM refusal_alert
                                    WHERE username = :u AND raised_at > :since)
                  """)
              .param("id", user.id())
              .param("u", user.username())
              .param("mine", user.areaIds().toArray(Long[]::new))
              .param("since", since)
              .param("now", now)
              .param("threshold", alertAfter)
              .update();
        });
  }

  private static String clip(String s) {
    return s.length() <= WHAT_LENGTH ? s : s.substring(0, WHAT_LENGTH - 1) + "…";
  }
}
