package org.tandem.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tandem.calendar.ServiceClock;

/** Reads the audit trail of one case, filtered, newest first. */
@Service
public class AuditTrail {

  /** One entry of the trail. */
  public record Entry(
      OffsetDateTime occurredAt, String username, String action, String what, String channel) {}

  /** What to narrow the trail to; blank or null parts are ignored. */
  public record Filter(String username, String action, LocalDate from, LocalDate to) {}

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Entry> forCase(long referralId, Filter filter, int limit) {
    return jdbc.sql(
            """
            SELECT occurred_at, username, action, what, channel FROM audit_event
            WHERE referral_id = :id
              AND (:username = '' OR username = :username)
              AND (:action = '' OR action = :action)
              AND (CAST(:fromTs AS timestamptz) IS NULL OR occurred_at >= :fromTs)
              AND (CAST(:toTs AS timestamptz) IS NULL OR occurred_at < :toTs)
            ORDER BY occurred_at DESC, id DESC
            LIMIT :limit
            """)
        .param("id", referralId)
        .param("username", nullToEmpty(filter.username()))
        .param("action", nullToEmpty(filter.action()))
        .param("fromTs", start(filter.from()))
        .param("toTs", filter.to() == null ? null : start(filter.to().plusDays(1)))
        .param("limit", limit)
        .query(
            (rs, i) ->
                new Entry(
                    rs.getObject("occurred_at", OffsetDateTime.class),
                    rs.getString("username"),
                    rs.getString("action"),
                    rs.getString("what"),
                    rs.getString("channel")))
        .list();
  }

  /** The people who appear in a case's trail, for the filter's choices. */
  public List<String> usernames(long referralId) {
    return jdbc.sql(
            "SELECT DISTINCT username FROM audit_event WHERE referral_id = :id ORDER BY username")
        .param("id", referralId)
        .query(String.class)
        .list();
  }

  private static OffsetDateTime start(LocalDate day) {
    return day == null ? null : ServiceClock.startOf(day);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s.strip();
  }
}
