package org.tandem.generator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/** Chances, weighted choices and times of day, all drawn from one family's own random stream. */
final class Odds {

  private Odds() {}

  static boolean chance(SplittableRandom r, double p) {
    return r.nextDouble() < p;
  }

  /** One of the values, each as likely as its weight (weights need not add up to one). */
  static <T> T weighted(SplittableRandom r, T[] values, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < values.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  static int between(SplittableRandom r, int low, int high) {
    return low + r.nextInt(high - low + 1);
  }

  /**
   * A moment in the working day (09:00 to 16:59 UTC): the same calendar day in London in summer and
   * winter alike, so the date a report reads back is the day it was recorded.
   */
  static Instant during(SplittableRandom r, LocalDate day) {
    return day.atTime(9 + r.nextInt(8), r.nextInt(60), r.nextInt(60)).toInstant(ZoneOffset.UTC);
  }

  /** A 1-to-5 rating around a mean, kept inside the scale. */
  static int rating(SplittableRandom r, double mean) {
    long v = Math.round(mean + (r.nextDouble() - 0.5) * 2);
    return (int) Math.max(1, Math.min(5, v));
  }

  static <T> T pickFrom(SplittableRandom r, java.util.List<T> from) {
    return from.get(r.nextInt(from.size()));
  }
}
