package org.tandem.partnersupport;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service's letter, with the only three things that vary: her name, the worker's name and the
 * date. There is deliberately no placeholder for anything about him or what he said, so the letter
 * cannot carry it whatever the template says.
 */
public final class LetterText {

  public static final Set<String> PLACEHOLDERS = Set.of("name", "worker", "date");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,40})}");

  private LetterText() {}

  /** Placeholders the template uses that the letter cannot fill, in the order they appear. */
  public static List<String> unknownPlaceholders(String template) {
    Set<String> unknown = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(template == null ? "" : template);
    while (m.find()) {
      if (!PLACEHOLDERS.contains(m.group(1))) {
        unknown.add("{" + m.group(1) + "}");
      }
    }
    return new ArrayList<>(unknown);
  }

  /** The letter's paragraphs, with the placeholders filled in, the date as the UK writes it. */
  public static List<String> paragraphs(
      String template, String herName, String workerName, LocalDate date) {
    return paragraphs(template, herName, workerName, date, Locale.UK);
  }

  /** The letter's paragraphs, with the date written in this language: "5 Rhagfyr 2026". */
  public static List<String> paragraphs(
      String template, String herName, String workerName, LocalDate date, Locale locale) {
    String filled =
        template
            .replace("{name}", herName)
            .replace("{worker}", workerName)
            .replace("{date}", DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date));
    List<String> paragraphs = new ArrayList<>();
    for (String p : filled.split("\\R\\s*\\R")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    return paragraphs;
  }
}
