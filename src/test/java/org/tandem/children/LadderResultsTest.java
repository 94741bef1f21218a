package org.tandem.children;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The safety ladder for a report: each child's latest "after" reading in the period against the
 * latest "before" reading it follows, as the child's own page pairs them, in one area.
 */
class LadderResultsTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  /** A month long past: the test's own areas have readings in it only from this test. */
  private static final LocalDate MAY = LocalDate.of(2015, 5, 1);

  private static final LocalDate JUNE = LocalDate.of(2015, 6, 1);

  @Autowired LadderOutcomes outcomes;

  @Test
  void childrenAreCountedByWhetherTheirSenseOfSafetyRoseStayedOrFell() {
    TestArea mine = newArea();
    TestArea other = newArea();
    long mineId = mine.id();
    LocalDate end = JUNE.plusDays(29);
    assertThat(outcomes.ladderResults(mineId, JUNE, end))
        .as("nothing in June 2015 before this test")
        .isEqualTo(new LadderResults(0, 0, 0, 0, null));

    // Rose from 3 to 7 (an earlier after reading of 5 is superseded by the later one).
    readings(mine, "BEFORE", MAY, 3, "AFTER", JUNE.plusDays(4), 5, "AFTER", JUNE.plusDays(9), 7);
    // Stayed at 5.
    readings(mine, "BEFORE", MAY, 5, "AFTER", JUNE.plusDays(10), 5);
    // Fell from 6 to 4.
    readings(mine, "BEFORE", MAY.plusDays(1), 6, "AFTER", JUNE.plusDays(11), 4);
    // Work began again with a new before reading after the last after: nothing to compare yet.
    readings(mine, "BEFORE", MAY, 2, "AFTER", JUNE.plusDays(2), 8, "BEFORE", JUNE.plusDays(20), 4);
    // After reading outside the period.
    readings(mine, "BEFORE", MAY, 4, "AFTER", JUNE.plusMonths(1), 9);
    // Only a before reading.
    readings(mine, "BEFORE", JUNE.plusDays(3), 1);
    // Another area's child.
    readings(other, "BEFORE", MAY, 1, "AFTER", JUNE.plusDays(5), 9);

    LadderResults results = outcomes.ladderResults(mineId, JUNE, end);
    assertThat(results.children()).isEqualTo(3);
    assertThat(results.rose()).isEqualTo(1);
    assertThat(results.same()).isEqualTo(1);
    assertThat(results.fell()).isEqualTo(1);
    assertThat(results.averageChange())
        .isCloseTo((4 + 0 - 2) / 3.0, org.assertj.core.data.Offset.offset(1e-9));

    LadderResults others = outcomes.ladderResults(other.id(), JUNE, end);
    assertThat(others).isEqualTo(new LadderResults(1, 1, 0, 0, 8.0));
  }

  /** A new case with one child, and the readings given as stage, date, rating in turn. */
  private void readings(TestArea area, Object... readings) {
    String token = area.token(Role.CHILDRENS_WORKER);
    String reference = newCase(area);
    JsonNode children =
        JSON.readTree(apiGet(token, "/api/v1/cases/" + reference + "/children").body())
            .get("children");
    long childId = children.get(0).get("id").asLong();
    for (int i = 0; i < readings.length; i += 3) {
      HttpResponse<String> r =
          apiPost(
              token,
              "/api/v1/cases/" + reference + "/children/" + childId + "/safety-ladder",
              "{\"stage\": \"%s\", \"takenOn\": \"%s\", \"rating\": %d}"
                  .formatted(readings[i], readings[i + 1], readings[i + 2]));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
  }
}
