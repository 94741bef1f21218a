package org.tandem.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * When an earlier case may be the same man as a new referral: what they have alike, and how sure
 * that makes it. A name alone is only possible (many men share one); a name with his date of birth
 * or phone, or his date of birth with his phone, is likely.
 */
public final class DuplicateRules {

  /** How alike two names must be (pg_trgm's similarity, 0 to 1) to count as the same name. */
  public static final double SAME_NAME = 0.4;

  /** What an earlier case has alike with the new referral. */
  public enum Alike {
    NAME,
    DATE_OF_BIRTH,
    PHONE
  }

  /** How sure the match is. */
  public enum Strength {
    POSSIBLE,
    LIKELY
  }

  private DuplicateRules() {}

  /**
   * The last ten digits of a phone number, so that "+44 7700 900123", "07700 900123" and
   * "07700-900-123" are the same number; null when there are too few digits to tell.
   */
  public static String phoneKey(String phone) {
    if (phone == null) {
      return null;
    }
    String digits =
        phone
            .codePoints()
            .filter(Character::isDigit)
            .map(c -> Character.digit(c, 10))
            .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append)
            .toString();
    return digits.length() < 10 ? null : digits.substring(digits.length() - 10);
  }

  /** What the earlier case has alike, given how alike the names are. */
  public static List<Alike> alike(
      double nameSimilarity,
      LocalDate dateOfBirth,
      LocalDate earlierDateOfBirth,
      String phone,
      String earlierPhone) {
    List<Alike> alike = new ArrayList<>();
    if (nameSimilarity >= SAME_NAME) {
      alike.add(Alike.NAME);
    }
    if (dateOfBirth != null && dateOfBirth.equals(earlierDateOfBirth)) {
      alike.add(Alike.DATE_OF_BIRTH);
    }
    String key = phoneKey(phone);
    if (key != null && key.equals(phoneKey(earlierPhone))) {
      alike.add(Alike.PHONE);
    }
    return alike;
  }

  /** Two things alike make a likely match; one, a possible one. */
  public static Strength strength(List<Alike> alike) {
    return alike.size() >= 2 ? Strength.LIKELY : Strength.POSSIBLE;
  }
}
