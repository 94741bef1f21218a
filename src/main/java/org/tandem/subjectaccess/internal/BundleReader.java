package org.tandem.subjectaccess.internal;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tandem.access.CaseRef;
import org.tandem.access.WallPass;
import org.tandem.encryption.FieldEncryption;
import org.tandem.subjectaccess.internal.Catalogue.Side;

/**
 * Reads what is held about one person into a bundle, section by section, taking from each table
 * only the columns the catalogue allows for that person: open columns for him and for a child, her
 * own record (behind the wall too) for her. One query per section, however many items it holds.
 */
@Component
class BundleReader {

  /** Her details, kept sealed in storage: opened for her own bundle only. */
  private static final Set<String> SEALED =
      Set.of("given_name", "family_name", "phone", "email", "address", "safe_contact_times");

  private final JdbcClient jdbc;
  private final Catalogue catalogue;
  private final FieldEncryption encryption;

  BundleReader(JdbcClient jdbc, Catalogue catalogue, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.encryption = encryption;
  }

  /** His bundle: his case's open records; the children named only as "Child 1", "Child 2". */
  Bundle his(CaseRef ref) {
    List<Bundle.Section> sections = new ArrayList<>();
    for (Source source : Sources.HIS) {
      sections.add(section(source, Side.OPEN, ref.referralId(), null));
    }
    sections.add(new Bundle.Section("children", childrenUnnamed(ref)));
    return new Bundle(ref.reference(), Subject.man().code(), sections);
  }

  /** Her bundle: her record, behind the wall, and nothing of his beyond the case's reference. */
  Bundle hers(WallPass pass, long partnerId) {
    List<Bundle.Section> sections = new ArrayList<>();
    sections.add(new Bundle.Section("her", herDetails(pass, partnerId)));
    for (Source source : Sources.HER) {
      sections.add(section(source, Side.BOTH, pass.referralId(), partnerId));
    }
    return new Bundle(pass.caseRef().reference(), Subject.partner(partnerId).code(), sections);
  }

  /** A child's bundle: their children's work, nothing of either parent's records. */
  Bundle childs(CaseRef ref, long childId) {
    List<Bundle.Section> sections = new ArrayList<>();
    for (Source source : Sources.CHILD) {
      sections.add(section(source, Side.OPEN, ref.referralId(), childId));
    }
    return new Bundle(ref.reference(), Subject.child(childId).code(), sections);
  }

  /** His case notes marked restricted: listed for review, never released. */
  List<Withheld> hisRestricted(CaseRef ref) {
    return jdbc.sql(
            """
            SELECT id, happened_on, recorded_by, kind FROM case_note
            WHERE referral_id = :case AND restricted ORDER BY happened_on, id
            """)
        .param("case", ref.referralId())
        .query(
            (rs, i) ->
                new Withheld(
                    "case_note",
                    rs.getLong("id"),
                    rs.getObject("happened_on", LocalDate.class),
                    rs.getString("recorded_by"),
                    rs.getString("kind")))
        .list();
  }

  /** Her notes marked restricted: listed for review, never released. */
  List<Withheld> herRestricted(WallPass pass, long partnerId) {
    return jdbc.sql(
            """
            SELECT id, happened_on, recorded_by FROM partner_note
            WHERE referral_id = :case AND partner_id = :partner AND restricted
            ORDER BY happened_on, id
            """)
        .param("case", pass.referralId())
        .param("partner", partnerId)
        .query(
            (rs, i) ->
                new Withheld(
                    "partner_note",
                    rs.getLong("id"),
                    rs.getObject("happened_on", LocalDate.class),
                    rs.getString("recorded_by"),
                    "PARTNER_NOTE"))
        .list();
  }

  /**
   * Her own details, opened from sealed storage. The one place this feature reads her name, contact
   * details and address.
   */
  private List<Map<String, Object>> herDetails(WallPass pass, long partnerId) {
    Source partner =
        new Source("her", "partner", "WHERE t.id = :person AND t.referral_id = :case", "t.id");
    List<Map<String, Object>> rows =
        section(partner, Side.BOTH, pass.referralId(), partnerId).items();
    for (Map<String, Object> row : rows) {
      for (String column : SEALED) {
        if (row.get(column) instanceof String stored) {
          row.put(column, encryption.open(stored));
        }
      }
    }
    return rows;
  }

  private List<Map<String, Object>> childrenUnnamed(CaseRef ref) {
    List<Map<String, Object>> children =
        jdbc.sql(
                "SELECT age_years, protection_status FROM child"
                    + " WHERE referral_id = :case ORDER BY id")
            .param("case", ref.referralId())
            .query(BundleReader::values)
            .list();
    for (int i = 0; i < children.size(); i++) {
      Map<String, Object> named = new LinkedHashMap<>();
      named.put("child", "Child " + (i + 1));
      named.putAll(children.get(i));
      children.set(i, named);
    }
    return children;
  }

  private Bundle.Section section(Source source, Side side, long caseId, Long person) {
    List<String> columns =
        catalogue.columns(source.table(), side).stream()
            .filter(c -> !source.leftOut().contains(c))
            .toList();
    List<Map<String, Object>> items =
        jdbc.sql(source.sql(columns))
            .param("case", caseId)
            .param("person", person)
            .query(BundleReader::values)
            .list();
    // What a correction to her details kept is sealed like her details: opened for her own bundle.
    items.forEach(
        row ->
            row.replaceAll(
                (column, value) ->
                    value instanceof String text && FieldEncryption.isSealed(text)
                        ? encryption.open(text)
                        : value));
    return new Bundle.Section(source.key(), new ArrayList<>(items));
  }

  /**
   * One row as column to value: numbers and yes-or-no as they are, dates and times as ISO text,
   * everything else as text, so the same record always gives the same bundle and the same hash.
   */
  private static Map<String, Object> values(ResultSet rs, int rowNum) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      Object value =
          switch (meta.getColumnTypeName(i)) {
            case "timestamptz" -> text(rs.getObject(i, OffsetDateTime.class));
            case "date" -> text(rs.getObject(i, LocalDate.class));
            case "int2", "int4", "int8", "bool", "numeric" -> rs.getObject(i);
            default -> rs.getString(i);
          };
      row.put(meta.getColumnLabel(i), value);
    }
    return row;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
