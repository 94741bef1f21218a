package org.tandem.womensgroups;

import java.time.LocalDate;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.TestClockConfiguration;
import org.tandem.TestData;
import org.tandem.access.Role;

/**
 * A women's group set up through the API by a test area's partner-support worker, starting today on
 * the test clock with 12 places, and the women who join it. {@code
 * AWomensGroup.in(area).create(api).join(partnerId)}.
 */
public final class AWomensGroup {

  private final TestArea area;
  private String name = TestData.marker("Invented women's group ");
  private LocalDate startsOn = TestClockConfiguration.CLOCK.today();
  private TestApi api;
  private long id;

  private AWomensGroup(TestArea area) {
    this.area = area;
  }

  public static AWomensGroup in(TestArea area) {
    return new AWomensGroup(area);
  }

  public AWomensGroup named(String name) {
    this.name = name;
    return this;
  }

  public AWomensGroup startingOn(LocalDate day) {
    this.startsOn = day;
    return this;
  }

  public AWomensGroup create(TestApi api) {
    this.api = api;
    this.id =
        api.created(
                worker(),
                "/api/v1/womens-groups",
                """
                {"areaId": %d, "name": "%s", "venue": "Invented Hall, Fictionton",
                 "meets": "Tuesdays 10:00 to 12:00", "startsOn": "%s", "capacity": 12}
                """
                    .formatted(area.id(), name, startsOn))
            .get("id")
            .asLong();
    return this;
  }

  public long id() {
    return id;
  }

  /** She joins the group. */
  public AWomensGroup join(long partnerId) {
    api.created(
        worker(), "/api/v1/womens-groups/" + id + "/members", "{\"partnerId\": " + partnerId + "}");
    return this;
  }

  private String worker() {
    return area.token(Role.PARTNER_SUPPORT_WORKER);
  }
}
