package org.tandem.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnrolmentStatusTest {

  @Test
  void aManWaitingStartsOrLeaves() {
    assertThat(EnrolmentStatus.WAITING.moves())
        .containsExactlyInAnyOrder(EnrolmentStatus.ATTENDING, EnrolmentStatus.EXITED);
  }

  @Test
  void aSuspendedManCanComeBackButNotCompleteWithoutAttending() {
    assertThat(EnrolmentStatus.SUSPENDED.canMoveTo(EnrolmentStatus.ATTENDING)).isTrue();
    assertThat(EnrolmentStatus.SUSPENDED.canMoveTo(EnrolmentStatus.COMPLETED)).isFalse();
  }

  @Test
  void exitAndCompletionAreFinal() {
    assertThat(EnrolmentStatus.EXITED.moves()).isEmpty();
    assertThat(EnrolmentStatus.COMPLETED.moves()).isEmpty();
    assertThat(EnrolmentStatus.COMPLETED.live()).isFalse();
    assertThat(EnrolmentStatus.SUSPENDED.live()).isTrue();
  }
}
