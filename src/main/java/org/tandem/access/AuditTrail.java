package org.tandem.access;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.Paging;

/**
 * Reads who has looked at a case, or at her record on it: the audit trail, filtered, newest first,
 * a page at a time.
 */
@Service
public class AuditTrail {

  /**
   * The entries about her record rather than his: how each feature names what it read or wrote of
   * hers ("partner record", "partner notes", "her document 12 opened", "women's group attendance",
   * the case page with her details on it), and refusals of her pages. A feature that audits her
   * record under another name must be added here; {@code WhoHasLookedTest} reads her record through
   * its pages and finds each in her list.
   */
  static final String ABOUT_HER =
      """
      (what LIKE 'partner%' OR what LIKE 'her %' OR what LIKE 'women''s group%'
        OR what IN ('case, with partners', 'reminder to her',
                    'risk information shared by partner support')
        OR (action = 'REFUSED' AND what LIKE '%/partners/%'))
      """;

  /** One entry of the trail. */
  public record Entry(
      OffsetDateTime occurredAt, String username, String action, String what, String channel) {}

  /** What to narrow the trail to; blank or null parts are ignored. */
  public record Filter(String username, String action, LocalDate from, LocalDate to) {

    /** The whole trail. */
    public static Filter none() {
      return new Filter(null, null, null, null);
    }
  }

  /** One page of a trail, and how many entries there are in all. */
  public record Page(List<Entry> items, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every entry about a case. */
  public Page forCase(long referralId, Filter filter, Paging paging) {
    return page("TRUE", referralId, filter, paging);
  }

  /** Only the entries about her record on a case: see {@link #ABOUT_HER}. */
  public Page forHerRecord(long referralId, Filter filter, Paging paging) {
    return page(ABOUT_HER, referralId, filter, paging);
  }

  private Page page(String which, long referralId, Filter filter, Paging paging) {
    String where =
        """
        WHERE referral_id = :id AND %s
          AND (:username = '' OR username = :username)
          AND (:action = '' OR action = :action)
          AND (CAST(:fromTs AS timestamptz) IS NULL OR occurred_at >= :fromTs)
          AND (CAST(:toTs AS timestamptz) IS NULL OR occurred_at < :toTs)
        """
            .formatted(which);
    long total =
        filtered(jdbc.sql("SELECT count(*) FROM audit_event " + where), referralId, filter)
            .query(Long.class)
            .single();
    List<Entry> items =
        filtered(
                jdbc.sql(
                    "SELECT occurred_at, username, action, what, channel FROM audit_event "
                        + where
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset"),
                referralId,
                filter)
            .param("limit", paging.size())
            .param("offset", paging.offset())
            .query(
                (rs, i) ->
                    new Entry(
                        rs.getObject("occurred_at", OffsetDateTime.class),
                        rs.getString("username"),
                        rs.getString("action"),
                        rs.getString("what"),
                        rs.getString("channel")))
            .list();
    return new Page(items, paging.page(), paging.size(), total);
  }

  private static JdbcClient.StatementSpec filtered(
      JdbcClient.StatementSpec sql, long referralId, Filter filter) {
    return sql.param("id", referralId)
        .param("username", nullToEmpty(filter.username()))
        .param("action", nullToEmpty(filter.action()))
        .param("fromTs", start(filter.from()))
        .param("toTs", filter.to() == null ? null : start(filter.to().plusDays(1)));
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
