package org.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tandem.referral.NewReferral;
import org.tandem.referral.PartnerRelationship;
import org.tandem.referral.ProtectionStatus;
import org.tandem.referral.ReferralSource;
import org.tandem.referral.SharingBasis;

/**
 * The invented people of the demo cases: each man, his partners and his referral, made from his
 * number in the list. Every person, phone number (from the 07700 900xxx range kept for drama) and
 * street (obviously fictional) is made up.
 */
final class DemoPeople {

  private static final String[] MEN = {
    "Gareth Pennywhistle", "Darren Mossbottom", "Lee Cobblestone", "Wayne Featherby",
        "Craig Dimbleton",
    "Jason Underhill", "Paul Ravensworth", "Mark Tumbleweed", "Kevin Ashgrove",
        "Steven Quarrington",
    "Ryan Hollowell", "Dean Marblethorpe", "Neil Crumpington", "Scott Wainfleet",
        "Shaun Bellweather",
    "Adam Copperfield", "Jamie Larkspur", "Carl Thimbleby", "Ian Woolstone", "Gary Fenwhistle",
    "Martin Oakhollow", "Liam Pebbleworth", "Robert Sandilands", "Nathan Brackenbury",
        "Anthony Gorsefield",
    "Simon Nettlebed", "Daniel Frostwick", "Matthew Heatherleigh", "Luke Duckworthy",
        "Peter Inkwell"
  };
  private static final String[] WOMEN = {
    "Sarah", "Michelle", "Donna", "Kelly", "Lisa", "Joanne", "Claire", "Nicola", "Emma", "Rachel",
    "Gemma", "Hayley", "Stacey", "Leanne", "Amy", "Laura", "Kirsty", "Danielle", "Natalie", "Zoe"
  };
  private static final String[] STREETS = {
    "Imaginary Lane",
    "Nowhere Street",
    "Make-Believe Mews",
    "Fictional Road",
    "Pretend Parade",
    "Invented Close"
  };
  private static final ReferralSource[] SOURCES = {
    ReferralSource.CHILDRENS_SERVICES,
    ReferralSource.CHILDRENS_SERVICES,
    ReferralSource.CAFCASS_FAMILY_COURT,
    ReferralSource.POLICE,
    ReferralSource.PROBATION,
    ReferralSource.SELF_REFERRAL,
    ReferralSource.MARAC,
    ReferralSource.HEALTH_GP,
    ReferralSource.RELATE,
    ReferralSource.SUBSTANCE_MISUSE_SERVICE
  };

  /** How many men the demo cases are about. */
  static final int COUNT = MEN.length;

  private DemoPeople() {}

  /** The invented referral of the {@code i}th man, to the given area. */
  static NewReferral referral(int i, long areaId, LocalDate today) {
    return referral(i, MEN[i], areaId, today.minusDays(3L * (MEN.length - i)));
  }

  /**
   * An invented referral of the man named, to the given area, referred on the day given; {@code i},
   * which may be past the men listed here, chooses his partners, children, referrer and numbers.
   */
  static NewReferral referral(int i, String man, long areaId, LocalDate referredOn) {
    String[] name = man.split(" ");
    List<NewReferral.Partner> partners = new ArrayList<>();
    if (i % 6 != 5) { // most cases name a partner
      partners.add(
          partner(i, i % 3 == 0 ? PartnerRelationship.FORMER : PartnerRelationship.CURRENT));
    }
    if (i % 4 == 1) {
      partners.add(partner(i + 7, PartnerRelationship.NEW));
    }
    List<NewReferral.Child> children = new ArrayList<>();
    if (i % 3 != 2) {
      ProtectionStatus[] statuses = ProtectionStatus.values();
      children.add(new NewReferral.Child(null, 2 + (i % 12), statuses[i % statuses.length]));
      if (i % 4 == 0) {
        children.add(new NewReferral.Child(null, 1 + (i % 5), ProtectionStatus.CHILD_IN_NEED));
      }
    }
    ReferralSource source = SOURCES[i % SOURCES.length];
    return new NewReferral(
        areaId,
        source,
        null,
        source == ReferralSource.SELF_REFERRAL ? name[0] + " " + name[1] : "Alex Referrerton",
        source == ReferralSource.SELF_REFERRAL
            ? null
            : "Invented " + source.name().toLowerCase().replace('_', ' '),
        String.format("07700 900%03d", 500 + i),
        null,
        "Invented demo case: concerns about his behaviour towards his partner and the children.",
        referredOn,
        name[0],
        name[1],
        LocalDate.of(1975 + (i % 20), 1 + (i % 12), 1 + (i % 27)),
        String.format("07700 900%03d", 100 + i),
        (10 + i) + " " + STREETS[(i + 3) % STREETS.length] + ", Fictionton",
        i % 9 == 4 ? "Polish" : "English",
        i % 9 == 4,
        partners,
        children,
        i % 4 == 0 ? SharingBasis.CHILD_PROTECTION : SharingBasis.CONSENT,
        null);
  }

  private static NewReferral.Partner partner(int i, PartnerRelationship relationship) {
    return new NewReferral.Partner(
        relationship,
        WOMEN[i % WOMEN.length],
        MEN[(i + 11) % MEN.length].split(" ")[1],
        String.format("07700 900%03d", 300 + (i % 200)),
        null,
        (i + 2) + " " + STREETS[i % STREETS.length] + ", Fictionton",
        i % 2 == 0 ? "Weekdays 10am to 2pm" : "Mornings, text first");
  }
}
