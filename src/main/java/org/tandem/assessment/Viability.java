package org.tandem.assessment;

import java.util.EnumSet;
import java.util.Set;

/** The treatment-viability decision, with the reasons each outcome allows. */
public enum Viability {
  GROUP_PROGRAMME(EnumSet.noneOf(ViabilityReason.class)),
  INDIVIDUAL_WORK(
      EnumSet.of(
          ViabilityReason.LANGUAGE,
          ViabilityReason.DISABILITY,
          ViabilityReason.SEXUALITY,
          ViabilityReason.FEMALE_PERPETRATOR,
          ViabilityReason.OTHER)),
  NOT_ACCEPTABLE_NOW(
      EnumSet.of(ViabilityReason.DENIAL, ViabilityReason.HOSTILITY, ViabilityReason.OTHER)),
  /** Not realistic to treat: the risk is managed and reported, not treated. */
  NOT_REALISTIC(EnumSet.noneOf(ViabilityReason.class));

  private final Set<ViabilityReason> reasons;

  Viability(Set<ViabilityReason> reasons) {
    this.reasons = reasons;
  }

  /** The reasons that fit this decision; a decision with any must give one of them. */
  public Set<ViabilityReason> reasons() {
    return reasons;
  }

  public boolean needsReason() {
    return !reasons.isEmpty();
  }
}
