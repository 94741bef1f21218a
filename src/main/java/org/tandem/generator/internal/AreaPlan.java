package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 150 invented areas, sized like English local authorities, each with a team and enough weekly
 * groups for the men and women its share of the families sends to them. The areas are the same
 * whatever the seed, so two histories can be compared area by area.
 */
public final class AreaPlan {

  public static final int AREAS = 150;

  /** Generated areas' codes start with these letters, which no demo or test area uses. */
  public static final String CODE_PREFIX = "GN";

  private static final long AREA_SEED = 150_150L;
  private static final List<String> TOWN_ENDS =
      List.of(
          "ham", "bury", "field", "mouth", "ton", "minster", "ley", "borough", "cester", "port");

  /**
   * Seats a family fills on average, week by week, in his programme groups and in the women's
   * groups (see docs/generator.md): enough groups open at the start for about nine in each; the
   * area opens more when they are full.
   */
  private static final double MEN_WEEKS_PER_FAMILY = 19;

  private static final double WOMEN_WEEKS_PER_FAMILY = 13;
  private static final double OPENING_FILL = 9;

  private final List<Place> places = new ArrayList<>();
  private final double[] weights = new double[AREAS];
  private final int[] nextNumber = new int[AREAS];

  AreaPlan(Tables t, GroupOpening opening, int families, LocalDate start, LocalDate end) {
    SplittableRandom r = new SplittableRandom(AREA_SEED);
    int[] population = new int[AREAS];
    long total = 0;
    for (int i = 0; i < AREAS; i++) {
      // Log-normal around 150,000 people, as English districts and boroughs are spread.
      double p = Math.exp(Math.log(150_000) + 0.55 * gaussian(r));
      population[i] = (int) Math.max(35_000, Math.min(1_200_000, p));
      total += population[i];
    }
    long weeks = java.time.temporal.ChronoUnit.WEEKS.between(start, end);
    Instant created = start.minusMonths(1).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    for (int i = 0; i < AREAS; i++) {
      weights[i] = population[i] / (double) total;
      String code = CODE_PREFIX + (char) ('A' + i / 26) + (char) ('A' + i % 26);
      String name = Invented.FAMILY_STARTS.get(i % 20) + TOWN_ENDS.get(i / 20);
      long areaId = t.area.nextId();
      long teamId = t.team.nextId();
      String lower = code.toLowerCase();
      String[] workers = {
        lower + ".intake",
        lower + ".worker",
        lower + ".partner",
        lower + ".children",
        lower + ".manager"
      };
      Place place =
          new Place(
              areaId, code, name, population[i], new ArrayList<>(), new ArrayList<>(), workers);
      places.add(place);
      nextNumber[i] = 1;
      t.area.row(areaId, code, name, 1, created);
      t.team.row(teamId, name + " team (generated)");
      t.teamArea.row(teamId, areaId);
      double share = families * weights[i];
      for (int g = groupsFor(share * MEN_WEEKS_PER_FAMILY / weeks); g > 0; g--) {
        opening.men(r, place, start, created);
      }
      for (int g = groupsFor(share * WOMEN_WEEKS_PER_FAMILY / weeks); g > 0; g--) {
        opening.women(r, place, start, created);
      }
    }
  }

  private static int groupsFor(double seatsAWeek) {
    return (int) Math.max(1, Math.ceil(seatsAWeek / OPENING_FILL));
  }

  private static double gaussian(SplittableRandom r) {
    // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
    double u = 1.0 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** An area for the next family, as likely as its share of the population. */
  public int pickArea(SplittableRandom r) {
    double x = r.nextDouble();
    for (int i = 0; i < AREAS; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return AREAS - 1;
  }

  public Place place(int index) {
    return places.get(index);
  }

  /** The next case reference in the area, as the service numbers them. */
  public String nextReference(int index) {
    return String.format("%s-%04d", places.get(index).code(), nextNumber[index]++);
  }

  /** Moves each area's next case number past the references the generator gave out. */
  public void finish(java.sql.Connection connection) throws java.sql.SQLException {
    try (var update =
        connection.prepareStatement("UPDATE area SET next_case_number = ? WHERE id = ?")) {
      for (int i = 0; i < AREAS; i++) {
        update.setInt(1, nextNumber[i]);
        update.setLong(2, places.get(i).id());
        update.addBatch();
      }
      update.executeBatch();
    }
    connection.commit();
  }
}
