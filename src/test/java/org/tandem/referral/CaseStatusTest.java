package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

  @Test
  void aNewReferralCanBeTriagedToEveryOutcome() {
    for (TriageOutcome outcome : TriageOutcome.values()) {
      assertThat(CaseStatus.AWAITING_TRIAGE.triageMoves()).contains(outcome.leadsTo());
    }
  }

  @Test
  void eachOutcomeLeadsWhereTheServiceExpects() {
    assertThat(TriageOutcome.APPROPRIATE_FOR_ASSESSMENT.leadsTo())
        .isEqualTo(CaseStatus.AWAITING_ASSESSMENT);
    assertThat(TriageOutcome.INAPPROPRIATE_REFERRED_ON.leadsTo()).isEqualTo(CaseStatus.REFERRED_ON);
    assertThat(TriageOutcome.DID_NOT_ATTEND.leadsTo()).isEqualTo(CaseStatus.DID_NOT_ATTEND);
  }

  @Test
  void aCaseClosedAtTriageCannotBeTriagedAgain() {
    assertThat(CaseStatus.REFERRED_ON.canBeTriaged()).isFalse();
    assertThat(CaseStatus.DID_NOT_ATTEND.canBeTriaged()).isFalse();
    assertThat(CaseStatus.AWAITING_ASSESSMENT.canBeTriaged()).isTrue();
  }

  @Test
  void onlyCasesNotYetSeenAreWaiting() {
    assertThat(CaseStatus.AWAITING_TRIAGE.isWaiting()).isTrue();
    assertThat(CaseStatus.AWAITING_ASSESSMENT.isWaiting()).isTrue();
    assertThat(CaseStatus.REFERRED_ON.isWaiting()).isFalse();
    assertThat(CaseStatus.DID_NOT_ATTEND.isWaiting()).isFalse();
  }
}
