package org.tandem.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which navigation item a page's address marks, and how. */
class NavigationPlaceTest {

  @Test
  void anItemsOwnPageIsTheCurrentPage() {
    NavigationPlace cases = NavigationPlace.of("/cases");
    assertThat(cases.active("cases")).isTrue();
    assertThat(cases.ariaCurrent("cases")).isEqualTo("page");
    assertThat(cases.ariaCurrent("waitingList")).isNull();
    assertThat(cases.active("waitingList")).isFalse();
  }

  @Test
  void aPageWithinASectionMarksTheSectionButNotAsTheCurrentPage() {
    NavigationPlace assessment = NavigationPlace.of("/cases/NMR-0001/assessment");
    assertThat(assessment.active("cases")).isTrue();
    assertThat(assessment.ariaCurrent("cases")).isEqualTo("true");
    assertThat(NavigationPlace.of("/curricula/4").ariaCurrent("groups")).isEqualTo("true");
    assertThat(NavigationPlace.of("/appointments/12/outcome").ariaCurrent("appointments"))
        .isEqualTo("true");
    assertThat(NavigationPlace.of("/appointments/calendar").ariaCurrent("appointments"))
        .isEqualTo("page");
    assertThat(NavigationPlace.of("/programme/reviews").active("facilitator")).isTrue();
    assertThat(NavigationPlace.of("/admin/teams").active("users")).isTrue();
    assertThat(NavigationPlace.of("/referrals/new").ariaCurrent("newReferral")).isEqualTo("page");
  }

  @Test
  void anAddressThatOnlyBeginsLikeASectionIsNotInIt() {
    assertThat(NavigationPlace.of("/casesXYZ").active("cases")).isFalse();
    assertThat(NavigationPlace.of("/").active("cases")).isFalse();
    assertThat(NavigationPlace.of("/outcomes/area-report").active("outcomes")).isTrue();
  }
}
