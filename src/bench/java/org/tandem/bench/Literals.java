package org.tandem.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes a logged statement's parameters into it. PostgreSQL logs them as {@code $1 = '5', $2 =
 * NULL, $3 = 'O''Brien'}: each already a quoted literal, which the database types from where it
 * stands, as it typed the parameter.
 */
final class Literals {

  private Literals() {}

  static String fill(String sql, String parameters) {
    Map<Integer, String> values = parse(parameters);
    StringBuilder out = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      if (!quoted && c == '$' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
        int j = i + 1;
        while (j < sql.length() && Character.isDigit(sql.charAt(j))) {
          j++;
        }
        String value = values.get(Integer.parseInt(sql.substring(i + 1, j)));
        out.append(value == null ? "NULL" : value);
        i = j;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static Map<Integer, String> parse(String p) {
    Map<Integer, String> values = new HashMap<>();
    int i = 0;
    while (i < p.length()) {
      int dollar = p.indexOf('$', i);
      if (dollar < 0) {
        break;
      }
      int eq = p.indexOf(" = ", dollar);
      int n = Integer.parseInt(p.substring(dollar + 1, eq));
      int v = eq + 3;
      if (p.startsWith("NULL", v)) {
        values.put(n, "NULL");
        i = v + 4;
        continue;
      }
      int j = v + 1;
      while (j < p.length()) {
        if (p.charAt(j) == '\'') {
          if (j + 1 < p.length() && p.charAt(j + 1) == '\'') {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      values.put(n, p.substring(v, j + 1));
      i = j + 1;
    }
    return values;
  }
}
