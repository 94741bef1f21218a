package org.tandem.access;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.Languages;
import org.tandem.web.NotFoundException;

/**
 * Alerts to service managers about someone refused access again and again: who, how many times and
 * since when. A manager sees those about people in, or cases of, the areas they cover (and about
 * people with no area at all, whom no other manager would see) until one of them acknowledges it.
 */
@Service
public class RefusedAccess {

  /** One open alert: the person refused, and how often within the window. */
  public record Alert(
      long id,
      String username,
      String displayName,
      int refusals,
      ZonedDateTime since,
      ZonedDateTime raisedAt) {}

  private static final String MINE =
      "(a.area_ids && CAST(:mine AS bigint[]) OR cardinality(a.area_ids) = 0)";

  private final JdbcClient jdbc;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;

  RefusedAccess(JdbcClient jdbc, CurrentUsers currentUsers, ServiceClock clock) {
    this.jdbc = jdbc;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  /** The open alerts for the current user, newest first: none unless they are a service manager. */
  public List<Alert> forMe() {
    CurrentUser me = currentUsers.current();
    if (!me.has(Role.SERVICE_MANAGER)) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT a.id, a.username, u.display_name, a.refusals, a.since, a.raised_at
            FROM refusal_alert a JOIN app_user u ON u.id = a.user_id
            WHERE a.acknowledged_at IS NULL AND %s
            ORDER BY a.raised_at DESC, a.id DESC
            LIMIT 100
            """
                .formatted(MINE))
        .param("mine", me.areaIds().toArray(Long[]::new))
        .query(
            (rs, i) ->
                new Alert(
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    rs.getInt("refusals"),
                    local(rs.getObject("since", OffsetDateTime.class)),
                    local(rs.getObject("raised_at", OffsetDateTime.class))))
        .list();
  }

  /** A manager has seen the alert. Not found if it is not theirs to see or already acknowledged. */
  public void acknowledge(long id) {
    CurrentUser me = currentUsers.current();
    int changed =
        me.has(Role.SERVICE_MANAGER)
            ? jdbc.sql(
                    """
                    UPDATE refusal_alert a SET acknowledged_at = :now, acknowledged_by = :me
                    WHERE a.id = :id AND a.acknowledged_at IS NULL AND %s
                    """
                        .formatted(MINE))
                .param("now", clock.now())
                .param("me", me.username())
                .param("id", id)
                .param("mine", me.areaIds().toArray(Long[]::new))
                .update()
            : 0;
    if (changed == 0) {
      throw new NotFoundException("No open alert " + id + " that you can see", Languages.ENGLISH);
    }
  }

  private static ZonedDateTime local(OffsetDateTime moment) {
    return moment.atZoneSameInstant(ServiceClock.ZONE);
  }
}
