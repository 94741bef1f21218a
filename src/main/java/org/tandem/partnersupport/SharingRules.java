package org.tandem.partnersupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Risk information shared across the wall is checked for her details before it goes: her name, her
 * phone number, her email address or any line of her address. What is found is named, never
 * repeated, so the refusal itself cannot carry it anywhere.
 */
public final class SharingRules {

  /** Her details, as her record holds them. Any may be null. */
  public record HerDetails(
      String givenName, String familyName, String phone, String email, String address) {}

  private static final Pattern ADDRESS_PARTS = Pattern.compile("[,\\n\\r]+");

  private SharingRules() {}

  /** What of hers the text contains, in words such as "her name"; empty when it holds none. */
  public static List<String> herDetailsIn(String text, HerDetails her) {
    List<String> found = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return found;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (word(lower, her.givenName()) || word(lower, her.familyName())) {
      found.add("her name");
    }
    String herDigits = digits(her.phone());
    if (herDigits.length() >= 6 && digits(text).contains(lastDigits(herDigits))) {
      found.add("her phone number");
    }
    if (her.email() != null
        && !her.email().isBlank()
        && lower.contains(her.email().strip().toLowerCase(Locale.ROOT))) {
      found.add("her email address");
    }
    if (her.address() != null) {
      for (String part : ADDRESS_PARTS.split(her.address())) {
        String p = part.strip().toLowerCase(Locale.ROOT);
        if (p.length() >= 4 && lower.contains(p)) {
          found.add("her address");
          break;
        }
      }
    }
    return found;
  }

  private static boolean word(String lowerText, String name) {
    if (name == null || name.strip().length() < 2) {
      return false;
    }
    return Pattern.compile(
            "(?<![\\p{L}])" + Pattern.quote(name.strip().toLowerCase(Locale.ROOT)) + "(?![\\p{L}])")
        .matcher(lowerText)
        .find();
  }

  private static String digits(String s) {
    return s == null ? "" : s.replaceAll("\\D", "");
  }

  /** A number written with or without its leading 0 or country code still matches. */
  private static String lastDigits(String digits) {
    return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
  }
}
