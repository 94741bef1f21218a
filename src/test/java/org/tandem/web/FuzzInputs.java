package org.tandem.web;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.tandem.TestApi;
import org.tandem.web.FuzzEndpoints.FieldOf;

/**
 * Generated inputs for the fuzz test, all from one seeded {@link Random}: values that look right
 * for a field's type (so a request gets past the first check and into the code behind it) mixed
 * with values that are wrong in every way a caller can be wrong.
 */
final class FuzzInputs {

  /** Real values of the fuzzing area, so some requests reach a case that exists. */
  record Known(String reference, String areaCode, long areaId, List<Long> children) {}

  private static final String LONG = "Invented long text ".repeat(300);

  /** Wrong in every way: numbers that overflow, control characters, dates that do not exist. */
  static final List<String> BAD =
      List.of(
          "",
          " ",
          "-1",
          "0",
          "-2147483648",
          "2147483647",
          "2147483648",
          "-9223372036854775809",
          "99999999999999999999999999",
          "1e309",
          "-0.0",
          "NaN",
          "Infinity",
          "0x1F",
          "1,5",
          "abc",
          "null",
          "true",
          "\u0000",
          "Ann\u0000e",
          "\u0001\u0002\u001f\u007f",
          "\t\r\n",
          "\uFEFF",
          "\u202Eevil",
          "Zoë 𝄞 ありがとう",
          "\uD800",
          "<script>alert(1)</script>",
          "'; DROP TABLE referral; --",
          "%",
          "../../etc/passwd",
          "2026-02-30",
          "2026-13-01",
          "0000-00-00",
          "+999999999-12-31",
          "31/12/2026",
          "25:61",
          "NOT_A_VALUE",
          "[]",
          LONG);

  /** Sent to each parameter in turn, the others right-looking: what most often broke before. */
  static final List<String> SWEEP = List.of("Ann\u0000e", "2147483647");

  /** List rows far beyond the form's and before its first. */
  static final List<String> SWEEP_ROWS = List.of("256", "100000", "-1");

  private final Random random;
  private final Known known;
  private final int badPercent;

  FuzzInputs(Random random, Known known) {
    this(random, known, 45);
  }

  private FuzzInputs(Random random, Known known, int badPercent) {
    this.random = random;
    this.known = known;
    this.badPercent = badPercent;
  }

  /** The same, but every value right-looking: the background of a sweep. */
  FuzzInputs rightLooking() {
    return new FuzzInputs(random, known, 0);
  }

  <T> T pick(List<T> from) {
    return from.get(random.nextInt(from.size()));
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  String bad() {
    return pick(BAD);
  }

  /** A path variable: a real one of the area now and then, otherwise garbage. */
  String pathValue(String name) {
    String lower = name.toLowerCase();
    // Only ids of the fuzzing area's own family: any other id could be another test's record.
    if (lower.equals("reference") && chance(60)) {
      return known.reference();
    }
    if (lower.equals("area") && chance(60)) {
      return known.areaCode();
    }
    if (lower.equals("childid") && chance(60) && !known.children().isEmpty()) {
      return String.valueOf(pick(known.children()));
    }
    return bad();
  }

  /** A query or form value for a field: right-looking for its type, or wrong. */
  String text(String name, Type type) {
    if (chance(badPercent)) {
      return bad();
    }
    String lower = name.toLowerCase();
    if (lower.equals("area") || lower.equals("areacode") || lower.equals("tandemarea")) {
      return known.areaCode();
    }
    if (lower.equals("areaid")) {
      return String.valueOf(known.areaId());
    }
    if (lower.equals("reference")) {
      return known.reference();
    }
    Class<?> raw = FuzzEndpoints.raw(type);
    if (raw.isEnum()) {
      Object[] values = raw.getEnumConstants();
      String value = values[random.nextInt(values.length)].toString();
      return chance(80) ? value : value.toLowerCase();
    }
    if (raw == LocalDate.class || lower.contains("date")) {
      return pick(List.of("2026-01-15", "2025-06-30", "2099-01-01", "1900-01-01"));
    }
    if (lower.endsWith("year")) {
      return pick(List.of("2019", "2020", "2024"));
    }
    if (lower.endsWith("month") || lower.endsWith("day")) {
      return pick(List.of("1", "6", "12"));
    }
    if (raw == LocalTime.class) {
      return pick(List.of("09:30", "23:59", "9.30am"));
    }
    if (raw == OffsetDateTime.class) {
      return pick(List.of("2026-01-15T09:30:00Z", "2026-01-15T09:30:00+01:00"));
    }
    if (raw == YearMonth.class || lower.contains("quarter")) {
      return pick(List.of("2026-01", "2026-Q1", "2025-Q4"));
    }
    if (isNumber(raw)) {
      boolean whole = raw != double.class && raw != Double.class && raw != BigDecimal.class;
      return pick(whole ? List.of("0", "1", "2", "3", "12", "100") : List.of("0", "1.5", "12.25"));
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return pick(List.of("true", "false", "yes", "on"));
    }
    return pick(List.of("Invented", "Ann Invented", "Y", "N", "N/K", "completed", "CS"));
  }

  /** Form fields as name=value pairs, lists of rows written as name[i].field. */
  void formFields(List<FieldOf> fields, List<String[]> into) {
    for (FieldOf f : fields) {
      if (chance(badPercent / 2)) {
        continue;
      }
      Type element = FuzzEndpoints.element(f.type());
      if (Collection.class.isAssignableFrom(FuzzEndpoints.raw(f.type()))
          && FuzzEndpoints.raw(element).getName().startsWith("org.tandem.")) {
        String index =
            badPercent == 0
                ? "0"
                : pick(List.of("0", "1", "19", "20", "255", "256", "100000", "-1", "x"));
        for (FieldOf row : FuzzEndpoints.fields(FuzzEndpoints.raw(element))) {
          into.add(
              new String[] {
                f.name() + "[" + index + "]." + row.name(), text(row.name(), row.type())
              });
        }
      } else {
        into.add(new String[] {f.name(), text(f.name(), f.type())});
      }
    }
  }

  /** A JSON body for a type: mostly its shape with fuzzed values, sometimes not JSON at all. */
  String json(Type type) {
    if (chance(12)) {
      return pick(
          List.of(
              "",
              "{",
              "[",
              "nul",
              "{\"a\":}",
              "{\"a\" 1}",
              "{}}",
              "\"text\"",
              "123",
              "[{}]",
              "{\"x\":\"\\ud800\"}",
              "{\"x\":\"\\u0000\"}",
              "{\"x\":1e999999}",
              "<xml/>",
              "[" + "[".repeat(2000) + "]".repeat(2000) + "]"));
    }
    return value(type, 0);
  }

  private String value(Type type, int depth) {
    int roll = random.nextInt(100);
    if (roll < 8) {
      return "null";
    }
    if (roll < 20) {
      return pick(
          List.of(
              "\"wrong type\"",
              "-1",
              "99999999999999999999999999",
              "1.5e308",
              "true",
              "[]",
              "{}",
              "[1,\"a\",null]",
              "{\"unknown\":1}",
              TestApi.quoted(bad())));
    }
    Class<?> raw = FuzzEndpoints.raw(type);
    if (raw == String.class
        || raw.isEnum()
        || raw == LocalDate.class
        || raw == LocalTime.class
        || raw == OffsetDateTime.class
        || raw == YearMonth.class) {
      return TestApi.quoted(text("", type));
    }
    if (isNumber(raw)) {
      return chance(70) ? pick(List.of("0", "1", "2", "5", "1.5")) : TestApi.quoted(bad());
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return chance(80) ? pick(List.of("true", "false")) : TestApi.quoted(bad());
    }
    if (depth > 3) {
      return "{}";
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      StringJoiner items = new StringJoiner(",", "[", "]");
      int n = chance(5) ? 300 : random.nextInt(4);
      for (int i = 0; i < n; i++) {
        items.add(value(FuzzEndpoints.element(type), depth + 1));
      }
      return items.toString();
    }
    if (Map.class.isAssignableFrom(raw)) {
      return "{\""
          + pick(BAD).replace("\"", "").replace("\\", "")
          + "\":"
          + value(Object.class, depth + 1)
          + "}";
    }
    if (raw == Object.class || !raw.getName().startsWith("org.tandem.")) {
      return TestApi.quoted(bad());
    }
    StringJoiner object = new StringJoiner(",", "{", "}");
    for (FieldOf f : FuzzEndpoints.fields(raw)) {
      if (!chance(15)) {
        object.add(TestApi.quoted(f.name()) + ":" + field(f, depth));
      }
    }
    if (chance(15)) {
      object.add("\"notAField\":\"x\"");
    }
    return object.toString();
  }

  private String field(FieldOf f, int depth) {
    String lower = f.name().toLowerCase();
    if (chance(50)
        && (lower.equals("areaid") || lower.equals("areacode") || lower.equals("area"))) {
      return lower.equals("areaid")
          ? String.valueOf(known.areaId())
          : TestApi.quoted(known.areaCode());
    }
    return value(f.type(), depth + 1);
  }

  /** A CSV file for the import: sometimes well formed, often not. */
  String csv() {
    String header =
        "case,referral_source,police_chronology_evidence,inventory_violence,risk_report,"
            + "disclosed_violence,repeat_evidenced,sessions,case_status,woman_engaged";
    List<String> rows = new ArrayList<>();
    rows.add(chance(80) ? header : pick(List.of("", "\uFEFF" + header, "a,b", header + ",extra")));
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      StringJoiner row = new StringJoiner(",");
      int cells = chance(80) ? 10 : random.nextInt(15);
      for (int c = 0; c < cells; c++) {
        row.add(
            chance(60)
                ? pick(List.of("C" + i, "CS", "Y", "N", "N/K", "3", "completed", "closed"))
                : pick(List.of("\"unclosed", "\"a\"\"b\"", "x\"y", "\u0000", bad())));
      }
      rows.add(row.toString());
    }
    return String.join(chance(50) ? "\n" : "\r\n", rows);
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static boolean isNumber(Class<?> raw) {
    return Number.class.isAssignableFrom(raw)
        || raw == int.class
        || raw == long.class
        || raw == short.class
        || raw == double.class
        || raw == BigDecimal.class;
  }
}
