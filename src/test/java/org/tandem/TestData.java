package org.tandem;

import java.util.UUID;
import org.tandem.demo.DemoUsers;
import org.tandem.referral.AReferral;

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
    return AReferral.in(areaId)
        .withPartner(
            partnerGivenName,
            partnerFamilyName,
            partnerPhone,
            partnerEmail,
            partnerAddress,
            safeContactTimes)
        .json();
  }

  /** A valid referral naming an ordinary invented partner. */
  public static String referralJson(long areaId) {
    return AReferral.in(areaId).json();
  }
}
