package org.tandem.retention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.access.AuditLog;
import org.tandem.access.WallPass;
import org.tandem.calendar.ServiceClock;

/**
 * Removes one case's personal data, as {@link ErasureCatalogue} declares it, and marks the case
 * anonymised with the rule and date that made it due. Runs inside the job's transaction for the
 * case, so a case is anonymised whole or not at all.
 */
@Component
class Anonymiser {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ServiceClock clock;

  /** Which columns may hold null, and which tables carry a version, read once from the schema. */
  private volatile Set<String> nullable;

  private volatile Set<String> versioned;

  Anonymiser(JdbcClient jdbc, AuditLog audit, ServiceClock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  void anonymise(WallPass pass, DueCase due) {
    for (ErasureCatalogue.CaseTable table : ErasureCatalogue.TABLES) {
      String sql = erasing(table);
      if (sql != null) {
        jdbc.sql(sql)
            .param("case", pass.referralId())
            .param("placeholder", ErasureCatalogue.PLACEHOLDER)
            .update();
      }
    }
    generaliseHisDateOfBirth(pass);
    jdbc.sql(
            """
            INSERT INTO case_anonymised (referral_id, rule, due_on, anonymised_at)
            VALUES (:case, :rule, :due, :at)
            """)
        .param("case", pass.referralId())
        .param("rule", due.rule().name())
        .param("due", due.dueOn())
        .param("at", clock.now())
        .update();
    audit.record(AuditLog.Action.UPDATE, "anonymised under the retention schedule", pass.caseRef());
  }

  /**
   * His date of birth is personal data, but his age at referral is a published figure: it becomes
   * the date that gives the same age in whole years on the referral date (and stays after the
   * referral date when a mistyped one was), so every age band counts him as before.
   */
  private void generaliseHisDateOfBirth(WallPass pass) {
    jdbc.sql(
            """
            UPDATE referral SET man_date_of_birth = CAST(referred_on
                - make_interval(years => date_part('year', age(referred_on, man_date_of_birth))::int)
                AS date) + CASE WHEN man_date_of_birth > referred_on THEN 1 ELSE 0 END
            WHERE id = :case AND man_date_of_birth IS NOT NULL
            """)
        .param("case", pass.referralId())
        .update();
  }

  /** The statement that blanks one table's rows of the case; null when it has nothing to blank. */
  private String erasing(ErasureCatalogue.CaseTable table) {
    if (table.deleted()) {
      return "DELETE FROM " + table.name() + " WHERE " + table.ofCase();
    }
    if (table.blanked().isEmpty()) {
      return null;
    }
    List<String> sets = new ArrayList<>();
    for (String column : table.blanked()) {
      sets.add(
          column
              + " = "
              + (nullable().contains(table.name() + "." + column)
                  ? "NULL"
                  : "CAST(:placeholder AS text)"));
    }
    if (table.marked()) {
      sets.add("anonymised = TRUE");
    }
    if (versioned().contains(table.name())) {
      sets.add("version = version + 1");
    }
    return "UPDATE "
        + table.name()
        + " SET "
        + String.join(", ", sets)
        + " WHERE ("
        + table.ofCase()
        + ")"
        + (table.marked() ? " AND NOT anonymised" : "");
  }

  private Set<String> nullable() {
    if (nullable == null) {
      readSchema();
    }
    return nullable;
  }

  private Set<String> versioned() {
    if (versioned == null) {
      readSchema();
    }
    return versioned;
  }

  private void readSchema() {
    Map<String, Boolean> columns = new HashMap<>();
    jdbc.sql(
            """
            SELECT table_name || '.' || column_name, is_nullable = 'YES'
            FROM information_schema.columns WHERE table_schema = current_schema()
            """)
        .query(
            rs -> {
              columns.put(rs.getString(1), rs.getBoolean(2));
            });
    Set<String> canBeNull = new HashSet<>();
    Set<String> withVersion = new HashSet<>();
    columns.forEach(
        (column, isNullable) -> {
          if (isNullable) {
            canBeNull.add(column);
          }
          if (column.endsWith(".version")) {
            withVersion.add(column.substring(0, column.length() - ".version".length()));
          }
        });
    versioned = withVersion;
    nullable = canBeNull;
  }
}
