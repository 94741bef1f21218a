package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartnerContactStatusTest {

  @Test
  void sheIsContactedBeforeSheEngages() {
    assertThat(PartnerContactStatus.NOT_YET_CONTACTED.canMoveTo(PartnerContactStatus.ENGAGED))
        .isFalse();
    assertThat(PartnerContactStatus.NOT_YET_CONTACTED.canMoveTo(PartnerContactStatus.CONTACTED))
        .isTrue();
    assertThat(PartnerContactStatus.CONTACTED.canMoveTo(PartnerContactStatus.ENGAGED)).isTrue();
  }

  @Test
  void aWomanWhoDeclinedCanBeContactedAgain() {
    assertThat(PartnerContactStatus.DECLINED.canMoveTo(PartnerContactStatus.CONTACTED)).isTrue();
    assertThat(PartnerContactStatus.UNREACHABLE.canMoveTo(PartnerContactStatus.CONTACTED)).isTrue();
  }

  @Test
  void reachedMeansSpokenWithWhateverSheDecided() {
    assertThat(PartnerContactStatus.DECLINED.reached()).isTrue();
    assertThat(PartnerContactStatus.UNREACHABLE.reached()).isFalse();
    assertThat(PartnerContactStatus.NOT_YET_CONTACTED.reached()).isFalse();
  }

  @Test
  void reachingHerMakesHerContactedWhereverContactStood() {
    assertThat(PartnerContactStatus.NOT_YET_CONTACTED.after(ContactOutcome.SPOKE_WITH_HER))
        .isEqualTo(PartnerContactStatus.CONTACTED);
    assertThat(PartnerContactStatus.UNREACHABLE.after(ContactOutcome.MET_HER))
        .isEqualTo(PartnerContactStatus.CONTACTED);
    assertThat(PartnerContactStatus.DECLINED.after(ContactOutcome.SPOKE_WITH_HER))
        .isEqualTo(PartnerContactStatus.CONTACTED);
  }

  @Test
  void reachingHerNeverUndoesHerEngagement() {
    assertThat(PartnerContactStatus.ENGAGED.after(ContactOutcome.MET_HER))
        .isEqualTo(PartnerContactStatus.ENGAGED);
    assertThat(PartnerContactStatus.CONTACTED.after(ContactOutcome.SPOKE_WITH_HER))
        .isEqualTo(PartnerContactStatus.CONTACTED);
  }

  @Test
  void anAttemptThatDidNotReachHerChangesNothing() {
    for (ContactOutcome missed :
        new ContactOutcome[] {
          ContactOutcome.NO_ANSWER,
          ContactOutcome.NOT_SAFE_TO_TALK,
          ContactOutcome.NOT_DELIVERED,
          ContactOutcome.DID_NOT_ATTEND
        }) {
      for (PartnerContactStatus status : PartnerContactStatus.values()) {
        assertThat(status.after(missed)).as(status + " after " + missed).isEqualTo(status);
      }
    }
  }

  @Test
  void sayingNoToSupportMakesHerDeclinedFromAnywhere() {
    for (PartnerContactStatus status : PartnerContactStatus.values()) {
      PartnerContactStatus next = status.after(ContactOutcome.DECLINED_SUPPORT);
      assertThat(next).isEqualTo(PartnerContactStatus.DECLINED);
      assertThat(status == next || status.canMoveTo(next))
          .as("%s may move to declined", status)
          .isTrue();
    }
  }

  @Test
  void everyMoveAnAttemptMakesIsAllowed() {
    for (PartnerContactStatus status : PartnerContactStatus.values()) {
      for (ContactOutcome outcome : ContactOutcome.values()) {
        PartnerContactStatus next = status.after(outcome);
        assertThat(next == status || status.canMoveTo(next))
            .as("%s after %s gives %s", status, outcome, next)
            .isTrue();
      }
    }
  }
}
