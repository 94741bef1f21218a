package org.tandem.referral.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.referral.CaseStatus;
import org.tandem.referral.CaseSummary;
import org.tandem.referral.ReferralSource;
import org.tandem.referral.RiskLevel;

/**
 * Plain SQL for the case list and the waiting list: a page of the cases in the user's areas,
 * optionally matching a search, and how many there are. Reads no partner, so it needs no pass.
 */
@Repository
public class CaseListStore {

  private final JdbcClient jdbc;

  CaseListStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A listed case with the keys the audit trail needs. */
  public record Listed(long id, long areaId, CaseSummary summary) {}

  /** A page of cases in the given areas, newest referral first, optionally matching a search. */
  public List<Listed> page(
      Set<Long> areaIds,
      String search,
      Set<CaseStatus> statuses,
      boolean longestWaitingFirst,
      long offset,
      int limit,
      LocalDate today) {
    String order =
        longestWaitingFirst ? "r.referred_on ASC, r.id ASC" : "r.referred_on DESC, r.id DESC";
    return filtered(
            """
            SELECT r.id, r.area_id, r.reference, a.code AS area_code, r.man_given_name,
              r.man_family_name, r.referral_source, r.referred_on, r.status, r.first_appointment_on,
              r.risk_level, r.risk_level_changed_at, r.risk_level_reason, r.risk_review_due_on
            FROM referral r JOIN area a ON a.id = r.area_id
            """,
            search,
            " ORDER BY " + order + " OFFSET :offset LIMIT :limit",
            areaIds,
            statuses)
        .param("offset", offset)
        .param("limit", limit)
        .query((rs, i) -> new Listed(rs.getLong("id"), rs.getLong("area_id"), summary(rs, today)))
        .list();
  }

  public long count(Set<Long> areaIds, String search, Set<CaseStatus> statuses) {
    return filtered("SELECT count(*) FROM referral r", search, "", areaIds, statuses)
        .query(Long.class)
        .single();
  }

  /**
   * The list's conditions. The search clause is left out when there is nothing to search for, and
   * matches the trigram indexes' expressions exactly when there is, so both cases use an index.
   */
  private JdbcClient.StatementSpec filtered(
      String select, String search, String tail, Set<Long> areaIds, Set<CaseStatus> statuses) {
    boolean searching = !search.isEmpty();
    String where =
        " WHERE r.area_id = ANY(:areas) AND r.status = ANY(:statuses)"
            + (searching
                ? " AND (r.reference ILIKE :like"
                    + " OR (r.man_given_name || ' ' || r.man_family_name) ILIKE :like)"
                : "");
    JdbcClient.StatementSpec spec =
        jdbc.sql(select + where + tail)
            .param("areas", areaIds.toArray(Long[]::new))
            .param("statuses", statuses.stream().map(Enum::name).toArray(String[]::new));
    return searching ? spec.param("like", "%" + escapeLike(search) + "%") : spec;
  }

  private static CaseSummary summary(ResultSet rs, LocalDate today) throws SQLException {
    return new CaseSummary(
        rs.getString("reference"),
        rs.getString("area_code"),
        rs.getString("man_given_name") + " " + rs.getString("man_family_name"),
        ReferralSource.valueOf(rs.getString("referral_source")),
        rs.getObject("referred_on", LocalDate.class),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getObject("first_appointment_on", LocalDate.class),
        ReferralStore.daysWaited(rs, today),
        RiskLevel.valueOf(rs.getString("risk_level")),
        rs.getObject("risk_level_changed_at", OffsetDateTime.class),
        rs.getString("risk_level_reason"),
        rs.getObject("risk_review_due_on", LocalDate.class),
        ReferralStore.overdue(rs, today));
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
