package org.tandem;

import java.util.UUID;
import org.tandem.demo.DemoUsers;

/**
 * Builders for test data with a sensible default for every field. Everything here is invented;
 * phone numbers come from the 07700 900xxx range kept for drama.
 */
public final class TestData {

  private TestData() {}

  /** The demo API token of the demo user with this username. */
  public static String token(String username) {
    return DemoUsers.ALL.stream()
        .filter(u -> u.username().equals(username))
        .findFirst()
        .orElseThrow()
        .token();
  }

  /** A short marker unlikely to appear anywhere by chance. */
  public static String marker(String what) {
    return "ZQX" + what + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A valid referral as API JSON in the given area, naming one partner with the given details. */
  public static String referralJson(
      long areaId,
      String partnerGivenName,
      String partnerFamilyName,
      String partnerPhone,
      String partnerEmail,
      String partnerAddress,
      String safeContactTimes) {
    return """
        {"areaId": %d, "referralSource": "CHILDRENS_SERVICES", "referrerName": "Robin Casefield",
         "referrerOrganisation": "Invented Children's Services", "referrerPhone": "07700 900001",
         "reason": "Invented test referral", "referredOn": "%s",
         "manGivenName": "Testy", "manFamilyName": "Mctestface", "manPhone": "07700 900002",
         "manInterpreterNeeded": false,
         "partners": [{"relationship": "CURRENT", "givenName": "%s", "familyName": "%s",
                       "phone": "%s", "email": "%s", "address": "%s", "safeContactTimes": "%s"}],
         "children": [{"givenName": "Kit", "ageYears": 6, "protectionStatus": "CHILD_IN_NEED"}],
         "sharingBasis": "CONSENT"}
        """
        .formatted(
            areaId,
            TestClockConfiguration.CLOCK.today().minusDays(3),
            partnerGivenName,
            partnerFamilyName,
            partnerPhone,
            partnerEmail,
            partnerAddress,
            safeContactTimes);
  }

  /** A valid referral naming an ordinary invented partner. */
  public static String referralJson(long areaId) {
    return referralJson(
        areaId,
        "Jo",
        "Testington",
        "07700 900003",
        "jo@example.org",
        "1 Imaginary Lane, Fictionton",
        "Weekdays after 10am");
  }
}
