package org.tandem.partnersupport;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.tandem.partnersupport.HerEquality.Answer;
import org.tandem.partnersupport.HerEquality.Ethnicity;
import org.tandem.partnersupport.HerEquality.SexualOrientation;

/**
 * How a group of women's equality answers count towards the shares a MARAC-style return gives: for
 * each measure, how many are in it, how many are not, and how many are not known (not asked, or
 * "prefer not to say"). The share is of those known, so a woman not asked never counts as "no".
 * Counts only: nothing here says which woman gave which answer.
 */
public final class EqualityShares {

  /** The return's equality measures, in the return's order. */
  public enum Measure {
    /** Any ONS top-level group but White. */
    BLACK_AND_MINORITISED,
    /** Gay or lesbian, bisexual or another orientation, or a gender not as registered at birth. */
    LGBT,
    DISABLED,
    MALE,
    AGED_16_TO_17
  }

  /** One measure's counts: in it, not in it, not known. */
  public record Count(int yes, int no, int notKnown) {

    /** Those whose answer is known either way: what the share is of. */
    public int known() {
      return yes + no;
    }
  }

  private static final Set<SexualOrientation> LGB =
      Set.of(SexualOrientation.GAY_OR_LESBIAN, SexualOrientation.BISEXUAL, SexualOrientation.OTHER);

  private EqualityShares() {}

  /** The counts of each measure over these women's answers. */
  public static Map<Measure, Count> of(Collection<HerEquality> women) {
    Map<Measure, Count> counts = new EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      int yes = 0;
      int no = 0;
      int notKnown = 0;
      for (HerEquality her : women) {
        Boolean in = in(m, her);
        if (in == null) {
          notKnown++;
        } else if (in) {
          yes++;
        } else {
          no++;
        }
      }
      counts.put(m, new Count(yes, no, notKnown));
    }
    return counts;
  }

  /** Whether she is in the measure; null when her answers do not say. */
  static Boolean in(Measure m, HerEquality her) {
    return switch (m) {
      case BLACK_AND_MINORITISED ->
          known(her.ethnicity(), Ethnicity.PREFER_NOT_TO_SAY)
              ? her.ethnicity() != Ethnicity.WHITE
              : null;
      case LGBT -> lgbt(her);
      case DISABLED -> yesOrNo(her.disability());
      case MALE ->
          known(her.sex(), HerEquality.Sex.PREFER_NOT_TO_SAY)
              ? her.sex() == HerEquality.Sex.MALE
              : null;
      case AGED_16_TO_17 ->
          known(her.ageBand(), HerEquality.AgeBand.PREFER_NOT_TO_SAY)
              ? her.ageBand() == HerEquality.AgeBand.AGED_16_TO_17
              : null;
    };
  }

  /**
   * LGBT+ when either answer says so; not when she is straight and her gender is as registered at
   * her birth; otherwise not known, as one answer alone cannot rule the other out.
   */
  private static Boolean lgbt(HerEquality her) {
    // Set.of refuses to look for null, which is "not asked".
    boolean lgb = her.sexualOrientation() != null && LGB.contains(her.sexualOrientation());
    if (lgb || her.genderSameAsAtBirth() == Answer.NO) {
      return true;
    }
    if (her.sexualOrientation() == SexualOrientation.STRAIGHT
        && her.genderSameAsAtBirth() == Answer.YES) {
      return false;
    }
    return null;
  }

  private static Boolean yesOrNo(Answer answer) {
    return known(answer, Answer.PREFER_NOT_TO_SAY) ? answer == Answer.YES : null;
  }

  private static boolean known(Enum<?> answer, Enum<?> declined) {
    return answer != null && answer != declined;
  }
}
