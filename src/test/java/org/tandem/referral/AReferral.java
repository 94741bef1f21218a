package org.tandem.referral;

import java.time.LocalDate;
import org.tandem.TestArea;
import org.tandem.TestClockConfiguration;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A referral as the API takes it, with a sensible invented value in every field: one current
 * partner and one child, from children's services, with consent to share, referred three days ago
 * on the test clock. Change only what a test is about, by name: {@code
 * AReferral.in(area).withChildren(2).sharedWithout("CHILD_PROTECTION")}. Everyone is invented;
 * phone numbers come from the 07700 900xxx range kept for drama.
 */
public final class AReferral {

  private static final JsonMapper JSON = new JsonMapper();

  private static final String[] CHILDREN = {"Kit", "Sam", "Alex", "Robin", "Charlie", "Jesse"};

  private final ObjectNode body = JSON.createObjectNode();
  private TestArea area;

  private AReferral(long areaId) {
    body.put("areaId", areaId);
    body.put("referralSource", "CHILDRENS_SERVICES");
    body.put("referrerName", "Robin Casefield");
    body.put("referrerOrganisation", "Invented Children's Services");
    body.put("referrerPhone", "07700 900001");
    body.put("reason", "Invented test referral");
    body.put("referredOn", TestClockConfiguration.CLOCK.today().minusDays(3).toString());
    body.put("manGivenName", "Testy");
    body.put("manFamilyName", "Mctestface");
    body.put("manPhone", "07700 900002");
    body.put("manInterpreterNeeded", false);
    body.putArray("partners");
    body.putArray("children");
    body.put("sharingBasis", "CONSENT");
    withPartner("Jo", "Testington");
    withChildren(1);
  }

  /** A referral to the area with this id. */
  public static AReferral in(long areaId) {
    return new AReferral(areaId);
  }

  /** A referral to a test's own area, which {@code TandemTest.newFamily} sends it to. */
  public static AReferral in(TestArea area) {
    AReferral referral = new AReferral(area.id());
    referral.area = area;
    return referral;
  }

  /** The test area it was made for with {@link #in(TestArea)}. */
  public TestArea area() {
    if (area == null) {
      throw new IllegalStateException("Make the referral with AReferral.in(TestArea)");
    }
    return area;
  }

  /** Replaces the partners with one current partner of this name, reachable as usual. */
  public AReferral withPartner(String givenName, String familyName) {
    return withPartner(
        givenName,
        familyName,
        "07700 900003",
        "jo@example.org",
        "1 Imaginary Lane, Fictionton",
        "Weekdays after 10am");
  }

  /** Replaces the partners with one current partner with these details. */
  public AReferral withPartner(
      String givenName,
      String familyName,
      String phone,
      String email,
      String address,
      String safeContactTimes) {
    ArrayNode partners = body.putArray("partners");
    ObjectNode her = partners.addObject();
    her.put("relationship", "CURRENT");
    her.put("givenName", givenName);
    her.put("familyName", familyName);
    her.put("phone", phone);
    her.put("email", email);
    her.put("address", address);
    her.put("safeContactTimes", safeContactTimes);
    return this;
  }

  /** Names no partner at all. */
  public AReferral withoutPartners() {
    body.putArray("partners");
    return this;
  }

  /** Adds a former partner, named first, with only a phone number. */
  public AReferral andFormerPartner(String givenName, String familyName, String phone) {
    ArrayNode partners = (ArrayNode) body.get("partners");
    ObjectNode former = partners.insertObject(0);
    former.put("relationship", "FORMER");
    former.put("givenName", givenName);
    if (familyName != null) {
      former.put("familyName", familyName);
    }
    former.put("phone", phone);
    return this;
  }

  /** Her relationship to him, as sent (even a value the API does not know). */
  public AReferral relationship(String relationship) {
    ((ObjectNode) body.get("partners").get(0)).put("relationship", relationship);
    return this;
  }

  /**
   * Replaces the partners with this many, each with only a name: a current partner first, then
   * former partners.
   */
  public AReferral withPartners(int count) {
    ArrayNode partners = body.putArray("partners");
    for (int i = 0; i < count; i++) {
      ObjectNode her = partners.addObject();
      her.put("relationship", i == 0 ? "CURRENT" : "FORMER");
      her.put("givenName", "Invented" + i);
      her.put("familyName", "Partnerson");
    }
    return this;
  }

  /** Replaces the children with this many, Kit (6), Sam (9), Alex (12)… each a child in need. */
  public AReferral withChildren(int count) {
    withoutChildren();
    for (int i = 0; i < count; i++) {
      andChild(6 + 3 * (i % 4), "CHILD_IN_NEED");
    }
    return this;
  }

  /** Names no child at all. */
  public AReferral withoutChildren() {
    body.putArray("children");
    return this;
  }

  /** Adds a child of this age and protection status, named Kit, Sam, Alex… in turn. */
  public AReferral andChild(int ageYears, String protectionStatus) {
    ArrayNode children = (ArrayNode) body.get("children");
    ObjectNode child = children.addObject();
    child.put("givenName", CHILDREN[(children.size() - 1) % CHILDREN.length]);
    child.put("ageYears", ageYears);
    child.put("protectionStatus", protectionStatus);
    return this;
  }

  /** Referred by this source, one of the API's codes; OTHER is described as a housing body. */
  public AReferral from(String source) {
    return source.equals("OTHER")
        ? fromOtherSource("Invented housing association")
        : with("referralSource", source);
  }

  /** His date of birth; none given by default. */
  public AReferral bornOn(LocalDate day) {
    body.put("manDateOfBirth", day.toString());
    return this;
  }

  /** He needs an interpreter. */
  public AReferral needingAnInterpreter() {
    body.put("manInterpreterNeeded", true);
    return this;
  }

  public AReferral referredOn(LocalDate day) {
    body.put("referredOn", day.toString());
    return this;
  }

  public AReferral referredOn(String day) {
    return referredOn(LocalDate.parse(day));
  }

  /** The day it says he was referred. */
  public LocalDate referredOn() {
    return LocalDate.parse(body.get("referredOn").asString());
  }

  /** Referred by another source, described in words. */
  public AReferral fromOtherSource(String description) {
    body.put("referralSource", "OTHER");
    body.put("referralSourceOther", description);
    return this;
  }

  /** Shared on another legal basis, described in words. */
  public AReferral sharedOnOtherBasis(String detail) {
    body.put("sharingBasis", "OTHER_LEGAL_BASIS");
    body.put("sharingBasisDetail", detail);
    return this;
  }

  /** The referrer gave an email address and no phone number. */
  public AReferral referrerEmailOnly(String email) {
    body.remove("referrerPhone");
    body.put("referrerEmail", email);
    return this;
  }

  /** Any other field, as a string, for a test about that field. */
  public AReferral with(String field, String value) {
    body.put(field, value);
    return this;
  }

  public String json() {
    return body.toString();
  }

  @Override
  public String toString() {
    return json();
  }
}
