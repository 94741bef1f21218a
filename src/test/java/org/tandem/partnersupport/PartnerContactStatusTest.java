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
}
