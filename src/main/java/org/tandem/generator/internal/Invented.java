package org.tandem.generator.internal;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Made-up people and places. Names are put together from syllables so that no list of real people
 * is needed; phone numbers come from the 07700 900xxx range Ofcom keeps for drama; streets are
 * plainly fictional.
 */
public final class Invented {

  public static final List<String> HIS_STARTS =
      List.of(
          "Bra", "Cal", "Dar", "Ed", "Fen", "Gar", "Hal", "Jor", "Kel", "Lor", "Mar", "Nor", "Os",
          "Per", "Ros", "Sil", "Tor", "Val", "Wen", "Zan");
  public static final List<String> HIS_ENDS =
      List.of("an", "ek", "ric", "on", "ius", "old", "win", "mond", "ard", "en");
  public static final List<String> HER_STARTS =
      List.of(
          "Ame", "Bel", "Cora", "Dela", "Eli", "Fla", "Gwen", "Isa", "Jessa", "Lena", "Mira",
          "Nela", "Ora", "Pala", "Rosa", "Sela", "Tama", "Vela", "Wyn", "Zia");
  public static final List<String> HER_ENDS =
      List.of("lie", "na", "ra", "beth", "dine", "nia", "ssa", "lyn", "ette", "mae");
  public static final List<String> CHILD_STARTS =
      List.of(
          "Ash", "Bo", "Cass", "Dex", "Ely", "Fin", "Io", "Jun", "Kit", "Lux", "Mo", "Nix", "Ori",
          "Pip", "Quin", "Ren", "Sky", "Tam", "Uma", "Wren");
  public static final List<String> CHILD_ENDS = List.of("", "ie", "o", "a", "el", "y");
  public static final List<String> FAMILY_STARTS =
      List.of(
          "Amber", "Birch", "Copper", "Dapple", "Ember", "Fallow", "Gossam", "Heather", "Ivel",
          "Juniper", "Kestle", "Larch", "Mossel", "Nettle", "Orrel", "Pebble", "Quill", "Rush",
          "Sorrel", "Thistle");
  public static final List<String> FAMILY_ENDS =
      List.of("wick", "by", "combe", "dale", "ford", "gate", "holt", "more", "stead", "thorpe");
  private static final List<String> STREETS =
      List.of(
          "Imaginary Lane",
          "Nowhere Street",
          "Make-Believe Mews",
          "Fictional Road",
          "Pretend Parade",
          "Invented Close",
          "Storybook Row",
          "Daydream Walk",
          "Fable Court",
          "Notional Terrace");

  private Invented() {}

  public static String hisName(SplittableRandom r) {
    return pick(r, HIS_STARTS) + pick(r, HIS_ENDS);
  }

  public static String herName(SplittableRandom r) {
    return pick(r, HER_STARTS) + pick(r, HER_ENDS);
  }

  public static String childName(SplittableRandom r) {
    return pick(r, CHILD_STARTS) + pick(r, CHILD_ENDS);
  }

  public static String familyName(SplittableRandom r) {
    return pick(r, FAMILY_STARTS) + pick(r, FAMILY_ENDS);
  }

  public static String phone(SplittableRandom r) {
    return String.format("07700 900%03d", r.nextInt(1000));
  }

  public static String address(SplittableRandom r, String town) {
    return (1 + r.nextInt(180)) + " " + pick(r, STREETS) + ", " + town;
  }

  public static <T> T pick(SplittableRandom r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }
}
