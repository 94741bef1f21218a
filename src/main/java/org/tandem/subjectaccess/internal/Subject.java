package org.tandem.subjectaccess.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;

/**
 * Whose data a disclosure is: the man referred ({@code man}), a partner on the case ({@code
 * partner:ID}) or a child on the case ({@code child:ID}).
 */
record Subject(Kind kind, Long id) {

  enum Kind {
    MAN,
    PARTNER,
    CHILD
  }

  private static final Pattern CODE = Pattern.compile("(partner|child):(\\d{1,18})");

  static Subject man() {
    return new Subject(Kind.MAN, null);
  }

  static Subject partner(long id) {
    return new Subject(Kind.PARTNER, id);
  }

  static Subject child(long id) {
    return new Subject(Kind.CHILD, id);
  }

  /**
   * Reads a subject as the API and the form send it; refused (400) naming the field, in the words
   * given, otherwise.
   */
  static Subject parse(String field, String code, String refusal) {
    if (code != null && code.equals("man")) {
      return man();
    }
    Matcher m = CODE.matcher(code == null ? "" : code);
    if (!m.matches()) {
      throw new InvalidRequestException(List.of(new FieldProblem(field, refusal)));
    }
    long id = Long.parseLong(m.group(2));
    return m.group(1).equals("partner") ? partner(id) : child(id);
  }

  public String code() {
    return switch (kind) {
      case MAN -> "man";
      case PARTNER -> "partner:" + id;
      case CHILD -> "child:" + id;
    };
  }
}
