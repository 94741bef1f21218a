package org.tandem.referral.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tandem.referral.Amendment;
import org.tandem.referral.CorrectedDetail;

/**
 * His details and the children's as a correction reads and writes them, and the amendments that
 * keep what each correction replaced. A change to these details is made only here, with its
 * amendments, in the caller's transaction.
 */
@Repository
public class AmendmentStore {

  /** Details as text, by which detail they are; a detail not given is null. */
  public record Details(Map<CorrectedDetail, String> values, int version) {

    /** The details that differ from these in {@code after}, in the order they are listed. */
    public Map<CorrectedDetail, String[]> changedIn(Map<CorrectedDetail, String> after) {
      Map<CorrectedDetail, String[]> changed = new LinkedHashMap<>();
      after.forEach(
          (detail, value) -> {
            if (!Objects.equals(values.get(detail), value)) {
              changed.put(detail, new String[] {values.get(detail), value});
            }
          });
      return changed;
    }
  }

  private final JdbcClient jdbc;

  AmendmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** His details, locked until the transaction ends so two corrections are made in turn. */
  public Details his(long referralId) {
    return jdbc.sql(
            """
            SELECT man_given_name, man_family_name, man_date_of_birth, man_phone, man_address,
              man_language, man_interpreter_needed, version
            FROM referral WHERE id = :id FOR UPDATE
            """)
        .param("id", referralId)
        .query(
            (rs, i) -> {
              Map<CorrectedDetail, String> v = new LinkedHashMap<>();
              v.put(CorrectedDetail.GIVEN_NAME, rs.getString("man_given_name"));
              v.put(CorrectedDetail.FAMILY_NAME, rs.getString("man_family_name"));
              v.put(CorrectedDetail.DATE_OF_BIRTH, rs.getString("man_date_of_birth"));
              v.put(CorrectedDetail.PHONE, rs.getString("man_phone"));
              v.put(CorrectedDetail.ADDRESS, rs.getString("man_address"));
              v.put(CorrectedDetail.LANGUAGE, rs.getString("man_language"));
              v.put(
                  CorrectedDetail.INTERPRETER_NEEDED,
                  String.valueOf(rs.getBoolean("man_interpreter_needed")));
              return new Details(v, rs.getInt("version"));
            })
        .single();
  }

  /** Writes his details if the case is still at the version read; false if it is not. */
  public boolean writeHis(long referralId, Map<CorrectedDetail, String> d, int version) {
    String dob = d.get(CorrectedDetail.DATE_OF_BIRTH);
    return jdbc.sql(
                """
                UPDATE referral SET man_given_name = :given, man_family_name = :family,
                  man_date_of_birth = :dob, man_phone = :phone, man_address = :address,
                  man_language = :language, man_interpreter_needed = :interpreter,
                  version = version + 1
                WHERE id = :id AND version = :version
                """)
            .param("given", d.get(CorrectedDetail.GIVEN_NAME))
            .param("family", d.get(CorrectedDetail.FAMILY_NAME))
            .param("dob", dob == null ? null : LocalDate.parse(dob))
            .param("phone", d.get(CorrectedDetail.PHONE))
            .param("address", d.get(CorrectedDetail.ADDRESS))
            .param("language", d.get(CorrectedDetail.LANGUAGE))
            .param("interpreter", Boolean.parseBoolean(d.get(CorrectedDetail.INTERPRETER_NEEDED)))
            .param("id", referralId)
            .param("version", version)
            .update()
        == 1;
  }

  /** A child on this case, locked as {@link #his} is; empty if the case has no such child. */
  public Optional<Details> child(long referralId, long childId) {
    return jdbc.sql(
            """
            SELECT given_name, age_years, version FROM child
            WHERE id = :child AND referral_id = :id FOR UPDATE
            """)
        .param("child", childId)
        .param("id", referralId)
        .query(
            (rs, i) -> {
              Map<CorrectedDetail, String> v = new LinkedHashMap<>();
              v.put(CorrectedDetail.GIVEN_NAME, rs.getString("given_name"));
              v.put(CorrectedDetail.AGE, rs.getString("age_years"));
              return new Details(v, rs.getInt("version"));
            })
        .optional();
  }

  public boolean writeChild(
      long referralId, long childId, Map<CorrectedDetail, String> d, int version) {
    return jdbc.sql(
                """
                UPDATE child SET given_name = :given, age_years = :age, version = version + 1
                WHERE id = :child AND referral_id = :id AND version = :version
                """)
            .param("given", d.get(CorrectedDetail.GIVEN_NAME))
            .param("age", Integer.parseInt(d.get(CorrectedDetail.AGE)))
            .param("child", childId)
            .param("id", referralId)
            .param("version", version)
            .update()
        == 1;
  }

  /** One amendment per changed detail, written in one statement. */
  public void record(
      long referralId,
      Long childId,
      Map<CorrectedDetail, String[]> changed,
      String reason,
      String by,
      OffsetDateTime at) {
    jdbc.sql(
            """
            INSERT INTO case_amendment (referral_id, child_id, field, value_before, value_after,
              reason, amended_by, amended_at)
            SELECT :id, :child, c.field, c.before, c.after, :reason, :by, :at
            FROM unnest(CAST(:fields AS text[]), CAST(:befores AS text[]), CAST(:afters AS text[]))
              AS c(field, before, after)
            """)
        .param("id", referralId)
        .param("child", childId)
        .param("fields", changed.keySet().stream().map(Enum::name).toArray(String[]::new))
        .param("befores", changed.values().stream().map(v -> v[0]).toArray(String[]::new))
        .param("afters", changed.values().stream().map(v -> v[1]).toArray(String[]::new))
        .param("reason", reason)
        .param("by", by)
        .param("at", at)
        .update();
  }

  /** Every amendment on the case, his and the children's, newest first. */
  public List<Amendment> history(long referralId) {
    return jdbc.sql(
            """
            SELECT child_id, field, value_before, value_after, reason, amended_by, amended_at
            FROM case_amendment WHERE referral_id = :id ORDER BY amended_at DESC, id DESC
            """)
        .param("id", referralId)
        .query(
            (rs, i) ->
                new Amendment(
                    (Long) rs.getObject("child_id"),
                    CorrectedDetail.valueOf(rs.getString("field")),
                    rs.getString("value_before"),
                    rs.getString("value_after"),
                    rs.getString("reason"),
                    rs.getString("amended_by"),
                    rs.getObject("amended_at", OffsetDateTime.class)))
        .list();
  }
}
