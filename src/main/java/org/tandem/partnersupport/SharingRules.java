package org.tandem.partnersupport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Risk information shared across the wall is checked for her details before it goes: her name (and
 * each part of it), her phone number, her email address and its name part, every part of her
 * address (each line, the street without its number, the postcode with or without its space) and
 * her safe contact times. Text and details are compared as {@link SharedText} reads them, so
 * look-alike letters, accents and dots or spaces between letters do not hide them. What is found is
 * named, never repeated, so the refusal itself cannot carry it anywhere.
 */
public final class SharingRules {

  /** Her details, as her record holds them. Any may be null. */
  public record HerDetails(
      String givenName,
      String familyName,
      String phone,
      String email,
      String address,
      String safeContactTimes) {}

  /**
   * A name is looked for from two letters ("Jo"), as a whole word only; an initial alone is not her
   * name, and one letter would refuse almost any text.
   */
  static final int NAME_FROM = 2;

  /** Address parts from three letters, as whole words: a town such as Ely, not "likely". */
  static final int ADDRESS_FROM = 3;

  /**
   * Her safe contact times are looked for whole, and clause by clause ("Tuesday mornings while the
   * children are at school" as "Tuesday mornings" and "the children are at school"), each from six
   * letters: "weekdays", not "am".
   */
  static final int TIMES_FROM = 6;

  /** Phone numbers are matched on their last nine digits, so +44, 0 or neither all match. */
  private static final int PHONE_DIGITS = 9;

  private static final Pattern LINES = Pattern.compile("[,;\\n\\r]+");
  private static final Pattern TIME_PARTS =
      Pattern.compile(
          "[,;\\n\\r]+|\\s+(?:and|or|but|while|when|unless|except)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_PARTS = Pattern.compile("[\\s\\-]+");
  private static final Pattern HOUSE_NUMBER =
      Pattern.compile(
          "^\\s*(?:(?:flat|apartment|apt|unit|house)\\.?\\s*)?\\d+[a-z]?(?:\\s*[-/]\\s*\\d+[a-z]?)?\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern POSTCODE =
      Pattern.compile("\\b([a-z]{1,2}\\d[a-z\\d]?)\\s*(\\d[a-z]{2})\\b", Pattern.CASE_INSENSITIVE);

  private SharingRules() {}

  /** What of hers the text contains, in words such as "her name"; empty when it holds none. */
  public static List<String> herDetailsIn(String text, HerDetails her) {
    List<String> found = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return found;
    }
    SharedText shared = SharedText.of(text);
    if (anyOf(shared, names(her), NAME_FROM)) {
      found.add("her name");
    }
    if (holdsPhone(shared, her.phone())) {
      found.add("her phone number");
    }
    if (anyOf(shared, emailParts(her.email()), ADDRESS_FROM)) {
      found.add("her email address");
    }
    if (anyOf(shared, addressParts(her.address()), ADDRESS_FROM)) {
      found.add("her address");
    }
    if (anyOf(shared, split(TIME_PARTS, her.safeContactTimes()), TIMES_FROM)) {
      found.add("her safe contact times");
    }
    return found;
  }

  /** What was found, as a list in words: "her name, her address and her safe contact times". */
  public static String inWords(List<String> found) {
    if (found.size() < 2) {
      return String.join("", found);
    }
    return String.join(", ", found.subList(0, found.size() - 1))
        + " and "
        + found.get(found.size() - 1);
  }

  private static boolean anyOf(SharedText text, Set<String> details, int fewest) {
    return details.stream().anyMatch(d -> text.holds(d, fewest));
  }

  private static Set<String> names(HerDetails her) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : new String[] {her.givenName(), her.familyName()}) {
      if (name != null && !name.isBlank()) {
        names.add(name);
        names.addAll(split(NAME_PARTS, name));
      }
    }
    return names;
  }

  private static Set<String> emailParts(String email) {
    Set<String> parts = new LinkedHashSet<>();
    if (email != null && !email.isBlank()) {
      parts.add(email);
      int at = email.indexOf('@');
      if (at > 0) {
        parts.add(email.substring(0, at));
      }
    }
    return parts;
  }

  /** Each line; each line without its house or flat number; the postcode. */
  static Set<String> addressParts(String address) {
    Set<String> parts = new LinkedHashSet<>();
    if (address == null) {
      return parts;
    }
    for (String line : split(LINES, address)) {
      parts.add(line);
      parts.add(HOUSE_NUMBER.matcher(line).replaceFirst(""));
    }
    Matcher postcode = POSTCODE.matcher(address);
    while (postcode.find()) {
      parts.add(postcode.group(1) + " " + postcode.group(2));
    }
    parts.removeIf(String::isBlank);
    return parts;
  }

  private static boolean holdsPhone(SharedText text, String phone) {
    String hers = SharedText.digits(phone);
    if (hers.length() < 6) {
      return false;
    }
    String last =
        hers.length() > PHONE_DIGITS ? hers.substring(hers.length() - PHONE_DIGITS) : hers;
    return text.digits().contains(last);
  }

  private static Set<String> split(Pattern by, String s) {
    Set<String> parts = new LinkedHashSet<>();
    if (s != null && !s.isBlank()) {
      parts.add(s.strip());
      for (String part : by.split(s)) {
        if (!part.isBlank()) {
          parts.add(part.strip());
        }
      }
    }
    return parts;
  }
}
