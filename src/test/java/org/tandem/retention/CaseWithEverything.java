package org.tandem.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tandem.TestClock;
import org.tandem.access.Role;
import org.tandem.children.ChildRecord;
import org.tandem.partnersupport.HerSupport;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * A closed case with every kind of personal data a case can hold, each value carrying one marker
 * that appears nowhere else: his and the referrer's details, her record, two children, notes and
 * their corrections, documents, risk, her safety plan and referrals on, reminders. What the pages
 * and the API write is written through them; what they cannot reach in a test is inserted, then
 * every column the catalogue blanks is overwritten with the marker on every row of the case, so the
 * search afterwards finds any value the anonymiser missed.
 */
final class CaseWithEverything {

  final String marker;
  final Family family;
  final long referralId;
  private final JdbcClient jdbc;

  private CaseWithEverything(String marker, Family family, long referralId, JdbcClient jdbc) {
    this.marker = marker;
    this.family = family;
    this.referralId = referralId;
    this.jdbc = jdbc;
  }

  static CaseWithEverything referred(
      java.util.function.Function<AReferral, Family> refer,
      org.tandem.TestArea area,
      JdbcClient jdbc,
      TestClock clock) {
    String m = "Zqvm" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    Family family =
        refer.apply(
            AReferral.in(area)
                .withPartner(
                    m + "her",
                    m + "herfamily",
                    "07700 900123",
                    m.toLowerCase(Locale.ROOT) + "@example.org",
                    m + " Imaginary Lane",
                    m + " weekday mornings")
                .withChildren(2)
                .bornOn(LocalDate.of(1988, 7, 14))
                .with("manGivenName", m + "him")
                .with("manFamilyName", m + "hisfamily")
                .with("reason", m + " reason"));
    long id =
        jdbc.sql("SELECT id FROM referral WHERE reference = :r")
            .param("r", family.reference())
            .query(Long.class)
            .single();
    CaseWithEverything c = new CaseWithEverything(m, family, id, jdbc);
    LocalDate today = clock.today();
    HerSupport.of(family, 0)
        .attempt("NO_ANSWER", today)
        .status("CONTACTED", today)
        .engaged(today)
        .session("TELEPHONE", today);
    ChildRecord.of(family, 0).session("ONE_TO_ONE", today, m + " wellbeing");
    c.insertWhatTheTestCannotReachThroughTheApi();
    return c;
  }

  /** Closes the case today, as his worker does. */
  void close(TestClock clock) {
    var closed =
        family
            .api()
            .post(
                family.area().token(Role.PERPETRATOR_WORKER),
                family.path() + "/closure",
                "{\"reason\": \"COMPLETED\", \"closedOn\": \"%s\"}".formatted(clock.today()));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(204);
  }

  private void insertWhatTheTestCannotReachThroughTheApi() {
    long partner = family.partner(0);
    long child = family.child(0);
    String at = "now()";
    long note =
        insert(
            "INSERT INTO case_note (referral_id, kind, happened_on, body, restricted, recorded_by,"
                + " recorded_at) VALUES (:case, 'CONTACT', current_date, :m, false, 'test', "
                + at
                + ") RETURNING id",
            partner);
    insert(
        "INSERT INTO case_note_amendment (note_id, revision, body, reason, amended_by, amended_at)"
            + " VALUES (:other, 1, :m, :m, 'test', now()) RETURNING id",
        note);
    long herNote =
        insert(
            "INSERT INTO partner_note (referral_id, partner_id, happened_on, body, restricted,"
                + " recorded_by, recorded_at) VALUES (:case, :other, current_date, :m, false,"
                + " 'test', now()) RETURNING id",
            partner);
    insert(
        "INSERT INTO partner_note_amendment (note_id, revision, body, reason, amended_by,"
            + " amended_at) VALUES (:other, 1, :m, :m, 'test', now()) RETURNING id",
        herNote);
    insert(
        "INSERT INTO case_document (referral_id, child_id, title, document_type, file_name,"
            + " media_type, size_bytes, content, uploaded_by, uploaded_at) VALUES (:case, :other,"
            + " :m, 'LETTER', :m, 'application/pdf', 20, :bytes, 'test', now()) RETURNING id",
        child);
    insert(
        "INSERT INTO partner_document (referral_id, partner_id, title, document_type, file_name,"
            + " media_type, size_bytes, content, uploaded_by, uploaded_at) VALUES (:case, :other,"
            + " :m, 'LETTER', :m, 'application/pdf', 20, :bytes, 'test', now()) RETURNING id",
        partner);
    insert(
        "INSERT INTO risk_event (referral_id, kind, occurred_on, summary, source, raises_alert,"
            + " recorded_at, recorded_by) VALUES (:case, 'POLICE_CALL_OUT', current_date, :m, :m,"
            + " false, now(), 'test') RETURNING id",
        partner);
    insert(
        "INSERT INTO marac_referral (referral_id, trigger, reason, due_on, is_repeat, created_at,"
            + " created_by, source_reason, meeting_outcome) VALUES (:case, 'PROFESSIONAL_JUDGEMENT',"
            + " :m, current_date, false, now(), 'test', :m, :m) RETURNING id",
        partner);
    insert(
        "INSERT INTO risk_level_source (referral_id, reason) VALUES (:case, :m)"
            + " RETURNING referral_id",
        partner);
    insert(
        "INSERT INTO man_reminder_preference (referral_id, channel, email, updated_by, updated_at)"
            + " VALUES (:case, 'EMAIL', :m, 'test', now()) RETURNING referral_id",
        partner);
    insert(
        "INSERT INTO safety_plan_revision (partner_id, plan, review_on, recorded_by, recorded_at)"
            + " VALUES (:other, :m, current_date + 30, 'test', now()) RETURNING id",
        partner);
    insert(
        "INSERT INTO partner_referral_on (partner_id, service, detail, referred_on, recorded_by,"
            + " recorded_at) VALUES (:other, 'REFUGE', :m, current_date, 'test', now())"
            + " RETURNING id",
        partner);
    // Her equality answers: the marker stands in for a sealed answer, blanked like any other.
    insert(
        "INSERT INTO partner_equality (partner_id, ethnicity, recorded_by, recorded_at)"
            + " VALUES (:other, :m, 'test', now()) RETURNING partner_id",
        partner);
    insert(
        "INSERT INTO risk_review (referral_id, held_on, attendees, decisions, risk_level,"
            + " next_review_on, created_at, created_by) VALUES (:case, current_date, :m, :m,"
            + " 'MEDIUM', current_date + 90, now(), 'test') RETURNING id",
        partner);
    insert(
        "INSERT INTO legal_hold (referral_id, reason, placed_by, placed_at, lifted_reason,"
            + " lifted_by, lifted_at) VALUES (:case, :m, 'test', now(), :m, 'test', now())"
            + " RETURNING id",
        partner);
  }

  private long insert(String sql, long other) {
    return jdbc.sql(sql)
        .param("case", referralId)
        .param("other", other)
        .param("m", marker)
        .param("bytes", (marker + " document").getBytes(StandardCharsets.US_ASCII))
        .query(Long.class)
        .single();
  }

  /**
   * Overwrites every column the catalogue blanks, on every row of the case, with the marker: the
   * columns that hold one afterwards, as {@code table.column}.
   */
  List<String> plantEverywhere() {
    for (ErasureCatalogue.CaseTable table : ErasureCatalogue.TABLES) {
      if (table.marked() || table.deleted()) {
        continue; // written with the marker above: the database refuses to change a note
      }
      for (String column : table.blanked()) {
        jdbc.sql(
                "UPDATE %s SET %s = CAST(:m AS text) WHERE %s"
                    .formatted(table.name(), column, table.ofCase()))
            .param("case", referralId)
            .param("m", marker)
            .update();
      }
    }
    return columnsHolding(marker);
  }

  /** Every column of every table, the whole database, in which this text appears. */
  List<String> columnsHolding(String text) {
    List<String[]> columns =
        jdbc.sql(
                """
                SELECT c.table_name, c.column_name, c.data_type
                FROM information_schema.columns c
                JOIN information_schema.tables t
                  ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                  AND c.data_type IN ('text', 'character varying', 'character', 'jsonb', 'json',
                    'bytea', 'ARRAY')
                ORDER BY 1, 2
                """)
            .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
            .list();
    List<String> found = new ArrayList<>();
    for (String[] c : columns) {
      String value =
          c[2].equals("bytea") ? "encode(\"%s\", 'escape')".formatted(c[1]) : "\"" + c[1] + "\"";
      boolean there =
          jdbc.sql(
                  "SELECT EXISTS (SELECT 1 FROM \"%s\" WHERE CAST(%s AS text) ILIKE :like)"
                      .formatted(c[0], value))
              .param("like", "%" + text + "%")
              .query(Boolean.class)
              .single();
      if (there) {
        found.add(c[0] + "." + c[1]);
      }
    }
    return found;
  }
}
