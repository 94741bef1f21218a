package org.tandem.encryption;

import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The keyed hashes she is found by: her phone number, email address and full name, each normalised
 * first so that the way a worker happens to type it does not matter. A phone number is its last
 * nine digits (so 07700 900123 and +44 7700 900123 are the same); an email address is in lower
 * case; a name is in lower case with its spaces collapsed. Only an exact match is found: a hash
 * says nothing about a value that is merely like another.
 */
@Component
public class HerLookup {

  /** Nine digits: a UK mobile or landline without its leading 0 or +44. */
  static final int PHONE_DIGITS = 9;

  private final FieldEncryption encryption;

  HerLookup(FieldEncryption encryption) {
    this.encryption = encryption;
  }

  /** The hash her phone number is found by; null when there is no number. */
  public String phone(String plain) {
    return encryption.lookupHash("phone", phoneKey(plain));
  }

  /** The hash her email address is found by; null when there is none. */
  public String email(String plain) {
    return encryption.lookupHash("email", emailKey(plain));
  }

  /** The hash her full name (given and family) is found by. */
  public String name(String given, String family) {
    return encryption.lookupHash("name", nameKey(given, family));
  }

  /** The hash a full name typed into a search is found by, as one string. */
  public String name(String fullName) {
    return encryption.lookupHash("name", nameKey(fullName, null));
  }

  static String phoneKey(String plain) {
    if (plain == null) {
      return null;
    }
    String digits = plain.replaceAll("[^0-9]", "");
    return digits.length() <= PHONE_DIGITS
        ? digits
        : digits.substring(digits.length() - PHONE_DIGITS);
  }

  static String emailKey(String plain) {
    return plain == null ? null : plain.strip().toLowerCase(Locale.ROOT);
  }

  static String nameKey(String given, String family) {
    String whole = (given == null ? "" : given) + " " + (family == null ? "" : family);
    return whole.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
