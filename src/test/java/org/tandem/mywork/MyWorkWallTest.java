package org.tandem.mywork;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.partnersupport.HerSupport;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * The wall on "my work": a woman's name, or anything else planted in her record, never reaches a
 * perpetrator-facing role's page or API answer, even when her case is theirs and her tasks, plan
 * and evaluation are due. Her own worker's page is the positive control: the markers are there.
 */
class MyWorkWallTest extends TandemTest {

  @Test
  void herDetailsNeverReachMyWorkOnHisSideOfTheWall() {
    TestArea area = newArea();
    String marker = "Wallmark" + Long.toString(System.nanoTime(), 36);
    Family family =
        newFamily(
            AReferral.in(area)
                .withPartner(
                    marker + "given",
                    marker + "family",
                    "07700 900999",
                    marker + "@example.org",
                    marker + " Lane",
                    marker + " times")
                .andChild(6, "NONE"));
    family.appropriate(null);
    WorkFixture work = new WorkFixture(jdbc, api());
    work.allocate(family, true);
    work.tasksOverdue(family);
    HerSupport her = HerSupport.of(family, 0);
    her.status("CONTACTED", clock.today().minusMonths(7));
    work.safetyPlan(family, her.partnerId(), clock.today());

    for (Role role : new Role[] {Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER}) {
      HttpResponse<String> page = signedIn(area.user(role)).get("/my-work");
      assertThat(page.statusCode()).as(role + " page").isEqualTo(200);
      assertThat(page.body().toLowerCase(Locale.ROOT))
          .as(role + " page")
          .doesNotContain(marker.toLowerCase(Locale.ROOT))
          .doesNotContain("my women")
          .doesNotContain("safety plans due");
      HttpResponse<String> api = apiGet(area.token(role), "/api/v1/me/work");
      assertThat(api.statusCode()).as(role + " API").isEqualTo(200);
      assertThat(api.body().toLowerCase(Locale.ROOT))
          .as(role + " API")
          .doesNotContain(marker.toLowerCase(Locale.ROOT))
          .doesNotContain("herwork\":{");
    }
    // His worker does see the case: the wall hides her, not his work.
    assertThat(signedIn(area.user(Role.PERPETRATOR_WORKER)).get("/my-work").body())
        .contains(family.reference());

    String hers = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER)).get("/my-work").body();
    assertThat(hers).contains(marker + "given " + marker + "family");
    assertThat(apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), "/api/v1/me/work").body())
        .contains(marker + "given");
  }
}
