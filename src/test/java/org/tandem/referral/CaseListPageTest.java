package org.tandem.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/** The case list counts its cases in words a reader expects: one case, not "1 cases". */
class CaseListPageTest extends TandemTest {

  @Test
  void oneCaseIsOneCaseAndTwoAreTwoCases() {
    TestArea area = newArea();
    PageSession intake = signedIn(area.user(Role.INTAKE));
    newCase(area);
    assertThat(intake.get("/cases").body()).contains(">1 case<").doesNotContain("1 cases");

    newCase(area);
    assertThat(intake.get("/cases").body()).contains(">2 cases<");
  }
}
