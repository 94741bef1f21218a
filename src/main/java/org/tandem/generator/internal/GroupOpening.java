package org.tandem.generator.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Opens weekly groups in an area: his programme groups (evenings, a man and a woman facilitating)
 * and the women's groups of partner support (daytime, behind the wall). An area starts with the
 * groups its share of families needs and opens another whenever every group is full.
 */
final class GroupOpening {

  /** At most twelve men in a session: "at least two groups a week of about 12 men" (seed 001). */
  static final int MEN_PER_GROUP = 12;

  /** A women's group of twelve: a circle small enough for every woman to speak. */
  static final int WOMEN_PER_GROUP = 12;

  private static final List<String> TOPICS =
      List.of(
          "What abuse is: naming it",
          "Power and control",
          "The effects on children",
          "Safety planning together",
          "Coercive control and isolation",
          "Confidence and self-esteem",
          "Rights and the law: orders and courts",
          "Money and economic abuse",
          "Anger, fear and trauma",
          "Setting boundaries",
          "Healthy relationships",
          "Looking forward");

  private final Tables t;
  private final long curriculumId;

  GroupOpening(Tables t, long curriculumId) {
    this.t = t;
    this.curriculumId = curriculumId;
  }

  /** A programme group meeting weekly from the first weekday {@code day} on or after a date. */
  Place.Group men(SplittableRandom r, Place place, LocalDate from, Instant created) {
    List<Place.Group> groups = place.groups();
    int number = groups.size();
    DayOfWeek day = DayOfWeek.of(1 + number % 5);
    LocalDate first = from.with(TemporalAdjusters.nextOrSame(day));
    String facilitators =
        Invented.hisName(r)
            + " "
            + Invented.familyName(r)
            + " and "
            + Invented.herName(r)
            + " "
            + Invented.familyName(r);
    long id = t.group.nextId();
    t.group.row(
        id,
        place.id(),
        place.name() + " " + dayName(day) + " group " + (1 + number / 5),
        curriculumId,
        MEN_PER_GROUP,
        6,
        first,
        day.getValue(),
        LocalTime.of(18, 0),
        "Community rooms, " + Invented.address(r, place.name()),
        facilitators,
        created);
    Place.Group group = new Place.Group(id, first, facilitators);
    groups.add(group);
    return group;
  }

  /** A women's group meeting weekly, mornings; where and when it meets is behind the wall. */
  Place.Group women(SplittableRandom r, Place place, LocalDate from, Instant created) {
    List<Place.Group> groups = place.womensGroups();
    int number = groups.size();
    DayOfWeek day = DayOfWeek.of(2 + number % 3);
    LocalDate first = from.with(TemporalAdjusters.nextOrSame(day));
    long id = t.womensGroup.nextId();
    t.womensGroup.row(
        id,
        place.id(),
        place.name() + " women's group " + (1 + number),
        "Children's centre, " + Invented.address(r, place.name()),
        dayName(day) + "s 10:00 to 12:00",
        first,
        WOMEN_PER_GROUP,
        place.partnerSupport(),
        created);
    Place.Group group = new Place.Group(id, first, place.partnerSupport());
    groups.add(group);
    return group;
  }

  static String topic(long week) {
    return TOPICS.get((int) (week % TOPICS.size()));
  }

  private static String dayName(DayOfWeek day) {
    return day.name().charAt(0) + day.name().substring(1).toLowerCase();
  }
}
