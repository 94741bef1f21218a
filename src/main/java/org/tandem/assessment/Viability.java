package org.tandem.assessment;

import java.util.EnumSet;
import java.util.Set;
import org.tandem.referral.CaseStatus;

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

  /** Where the decision moves his case: group or individual work are both "suitable". */
  public CaseStatus leadsTo() {
    return switch (this) {
      case GROUP_PROGRAMME, INDIVIDUAL_WORK -> CaseStatus.ASSESSED_SUITABLE;
      case NOT_ACCEPTABLE_NOW -> CaseStatus.ASSESSED_NOT_READY;
      case NOT_REALISTIC -> CaseStatus.ASSESSED_NOT_SUITABLE;
    };
  }

  /** The decision in words, for the case's history. */
  public String label() {
    return switch (this) {
      case GROUP_PROGRAMME -> "the group programme";
      case INDIVIDUAL_WORK -> "individual work";
      case NOT_ACCEPTABLE_NOW -> "not acceptable now";
      case NOT_REALISTIC -> "not realistic to treat";
    };
  }
}
