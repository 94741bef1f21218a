package org.tandem.outcomes.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.access.Area;
import org.tandem.access.AuditLog;
import org.tandem.access.CaseRef;
import org.tandem.access.CurrentUsers;
import org.tandem.calendar.ServiceClock;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * An evaluator's marks that the service is no longer involved with a case. A mark is withdrawn,
 * never deleted, so a figure published on a day can be reproduced later.
 */
@Service
class Exclusions {

  static final int REASON_MAX = 300;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final CurrentUsers currentUsers;
  private final ServiceClock clock;
  private final OutcomesWords words;

  Exclusions(
      JdbcClient jdbc,
      AuditLog audit,
      CurrentUsers currentUsers,
      ServiceClock clock,
      OutcomesWords words) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.currentUsers = currentUsers;
    this.clock = clock;
    this.words = words;
  }

  private record Target(Long historicalId, Long importId, Long referralId, CaseRef ref) {}

  /**
   * Marks the case and answers the historical cohort it belongs to, so that the caller can show
   * that cohort's figure; null for a live case.
   */
  @Transactional
  Long mark(Area area, String caseCode, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      problems.add(words.problem("reason", "outcomes.problem.enterReason"));
    } else if (why.length() > REASON_MAX) {
      problems.add(
          words.problem("reason", "outcomes.problem.reasonTooLong", String.valueOf(REASON_MAX)));
    }
    Optional<Target> target = find(area, caseCode);
    if (target.isEmpty()) {
      problems.add(words.problem("caseCode", "outcomes.problem.noSuchCase", area.name()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    try {
      jdbc.sql(
              """
              INSERT INTO outcome_exclusion (area_id, historical_case_id, referral_id, reason, marked_by, marked_at)
              VALUES (:area, :historical, :referral, :reason, :by, :now)
              """)
          .param("area", area.id())
          .param("historical", target.get().historicalId())
          .param("referral", target.get().referralId())
          .param("reason", why)
          .param("by", currentUsers.current().username())
          .param("now", Timestamp.from(clock.instant()))
          .update();
    } catch (DuplicateKeyException e) {
      throw new InvalidRequestException(
          List.of(words.problem("caseCode", "outcomes.problem.alreadyMarked")));
    }
    audit.record(
        AuditLog.Action.UPDATE, "marked as no longer involved for outcomes", target.get().ref());
    return target.get().importId();
  }

  /** Withdraws the case's mark and answers its historical cohort, as {@link #mark} does. */
  @Transactional
  Long withdraw(Area area, String caseCode) {
    Target target =
        find(area, caseCode)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        List.of(
                            words.problem(
                                "caseCode", "outcomes.problem.noSuchCase", area.name()))));
    int withdrawn =
        jdbc.sql(
                """
                UPDATE outcome_exclusion SET withdrawn_by = :by, withdrawn_at = :now
                WHERE withdrawn_at IS NULL
                  AND (historical_case_id = :historical OR referral_id = :referral)
                """)
            .param("by", currentUsers.current().username())
            .param("now", Timestamp.from(clock.instant()))
            .param("historical", target.historicalId())
            .param("referral", target.referralId())
            .update();
    if (withdrawn == 0) {
      throw new InvalidRequestException(
          List.of(words.problem("caseCode", "outcomes.problem.notMarked")));
    }
    audit.record(AuditLog.Action.UPDATE, "no-longer-involved mark withdrawn", target.ref());
    return target.importId();
  }

  /** The historical cohort of the case with this code; null for a live case, or no case. */
  Long cohortOf(Area area, String caseCode) {
    return find(area, caseCode).map(Target::importId).orElse(null);
  }

  private Optional<Target> find(Area area, String caseCode) {
    if (caseCode == null || caseCode.isBlank()) {
      return Optional.empty();
    }
    Optional<Target> historical =
        jdbc.sql(
                "SELECT id, import_id FROM historical_case WHERE area_id = :area AND upper(case_code) = upper(:code)")
            .param("area", area.id())
            .param("code", caseCode.strip())
            .query((rs, i) -> new Target(rs.getLong("id"), rs.getLong("import_id"), null, null))
            .optional();
    if (historical.isPresent()) {
      return historical;
    }
    return jdbc.sql(
            """
            SELECT referral_id AS id, reference FROM report_case_journey
            WHERE area_id = :area AND reference = upper(:code)
            """)
        .param("area", area.id())
        .param("code", caseCode.strip())
        .query(
            (rs, i) ->
                new Target(
                    null,
                    null,
                    rs.getLong("id"),
                    new CaseRef(rs.getLong("id"), rs.getString("reference"), area.id())))
        .optional();
  }
}
