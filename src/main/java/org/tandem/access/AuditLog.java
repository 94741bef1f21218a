package org.tandem.access;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.ThisRequest;

/**
 * Records every read and write of a case: who, what, which case, when, and through which door. It
 * records what was touched, never the content, so the trail itself holds nothing from behind the
 * wall. The database refuses to change or delete what is written here.
 */
@Service
public class AuditLog {

  /** What was done to a case. */
  public enum Action {
    READ,
    LIST,
    CREATE,
    UPDATE,
    DELETE,
    DOWNLOAD,
    /** A request that was refused: 403, or 404 for a case the user may not open. */
    REFUSED
  }

  private final JdbcClient jdbc;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;

  AuditLog(JdbcClient jdbc, CurrentUsers currentUsers, ServiceClock clock) {
    this.jdbc = jdbc;
    this.currentUsers = currentUsers;
    this.clock = clock;
  }

  /**
   * Records one action on a case. Reading is recorded once per case in a request: a page that shows
   * her record through several features is one read, named by the first of them.
   */
  public void record(Action action, String what, CaseRef ref) {
    if (action == Action.READ
        && ref != null
        && !ThisRequest.firstTime("audit-read." + ref.referralId())) {
      return;
    }
    insert(action, what, ref);
  }

  /**
   * A refused request. The case it named is given by its parts, not as a {@link CaseRef}, which
   * stands for a case the user was allowed to open: here the id and area are null when the
   * reference named no case, and the reference is kept as asked.
   */
  public void recordRefusal(String what, Long referralId, String reference, Long areaId) {
    insert(Action.REFUSED, what, referralId, reference, areaId);
  }

  /**
   * One entry per case that a query chooses, written by the database in one statement: for an
   * export of tens of thousands of cases, whose entries would otherwise travel out and back. The
   * query must give each case's {@code referral_id}, {@code reference} and {@code area_id}.
   */
  public long recordListChosenBy(String what, String casesSql, Map<String, ?> params) {
    CurrentUser user = currentUsers.currentOrNull();
    return jdbc.sql(
            """
            INSERT INTO audit_event (occurred_at, username, action, what, referral_id,
              case_reference, area_id, channel)
            SELECT :at, :username, 'LIST', :what, chosen.referral_id, chosen.reference,
              chosen.area_id, :channel
            FROM (%s) chosen
            """
                .formatted(casesSql))
        .params(params)
        .param("at", Timestamp.from(clock.instant()))
        .param("username", user == null ? "system" : user.username())
        .param("what", what)
        .param("channel", channel())
        .update();
  }

  /**
   * One entry per case shown in a list, written in one statement however long the list: as a batch,
   * PostgreSQL's driver splits 25 rows into three statements (16, 8 and 1).
   */
  public void recordList(String what, Collection<CaseRef> listed) {
    // A case listed twice (two of her tasks on one case) was read once: one line says so.
    List<CaseRef> refs = listed.stream().distinct().toList();
    if (refs.isEmpty()) {
      return;
    }
    CurrentUser user = currentUsers.currentOrNull();
    jdbc.sql(
            """
            INSERT INTO audit_event (occurred_at, username, action, what, referral_id,
              case_reference, area_id, channel)
            SELECT :at, :username, 'LIST', :what, listed.referral_id, listed.reference,
              listed.area_id, :channel
            FROM unnest(CAST(:ids AS bigint[]), CAST(:references AS text[]),
              CAST(:areas AS bigint[])) WITH ORDINALITY AS listed(referral_id, reference, area_id, n)
            ORDER BY listed.n
            """)
        .param("at", Timestamp.from(clock.instant()))
        .param("username", user == null ? "system" : user.username())
        .param("what", what)
        .param("channel", channel())
        .param("ids", refs.stream().map(CaseRef::referralId).toArray(Long[]::new))
        .param("references", refs.stream().map(CaseRef::reference).toArray(String[]::new))
        .param("areas", refs.stream().map(CaseRef::areaId).toArray(Long[]::new))
        .update();
  }

  private void insert(Action action, String what, CaseRef ref) {
    insert(
        action,
        what,
        ref == null ? null : ref.referralId(),
        ref == null ? null : ref.reference(),
        ref == null ? null : ref.areaId());
  }

  private void insert(Action action, String what, Long referralId, String reference, Long areaId) {
    CurrentUser user = currentUsers.currentOrNull();
    jdbc.sql(
            """
            INSERT INTO audit_event (occurred_at, username, action, what, referral_id, case_reference, area_id, channel)
            VALUES (:at, :username, :action, :what, :referralId, :reference, :areaId, :channel)
            """)
        .param("at", clock.now())
        .param("username", user == null ? "system" : user.username())
        .param("action", action.name())
        .param("what", what)
        .param("referralId", referralId)
        .param("reference", reference)
        .param("areaId", areaId)
        .param("channel", channel())
        .update();
  }

  private static String channel() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      return attrs.getRequest().getRequestURI().startsWith("/api/") ? "API" : "PAGE";
    }
    return "SYSTEM";
  }
}
