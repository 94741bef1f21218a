package org.tandem.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Just after midnight in British Summer Time it is still yesterday in UTC. Tandem counts days in
 * Europe/London, so what a worker records at 00:30 lands on the day she lived it, and "today" is
 * never refused as a date in the future.
 */
class BritishSummerTimeTest extends TandemTest {

  private static final JsonMapper JSON = new JsonMapper();

  @Test
  void halfPastMidnightInSummerIsTheNewDayNotTheLastOne() {
    TestArea area = newArea();
    String worker = area.token(Role.CHILDRENS_WORKER);
    clock.travelTo(LocalDateTime.of(2026, 6, 10, 0, 30));
    LocalDate londonDay = LocalDate.of(2026, 6, 10);
    assertThat(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
        .isEqualTo(londonDay.minusDays(1));

    String reference = newCase(area);
    JsonNode child = children(worker, reference).get(0);
    String path =
        "/api/v1/cases/"
            + reference
            + "/children/"
            + child.get("id").asLong()
            + "/protection-status";

    HttpResponse<String> tomorrow =
        apiPost(worker, path, change("NONE", londonDay.plusDays(1), child.get("version").asInt()));
    assertThat(tomorrow.statusCode())
        .as("the day after the London day is the future")
        .isEqualTo(400);

    HttpResponse<String> today =
        apiPost(worker, path, change("NONE", londonDay, child.get("version").asInt()));
    assertThat(today.statusCode()).as(today.body()).isEqualTo(201);
    JsonNode history = children(worker, reference).get(0).get("statusHistory");
    assertThat(history.get(0).get("since").asString()).isEqualTo(londonDay.toString());
  }

  @Test
  void aTimeOnAPageIsTheLondonTimeNotTheServersUtc() {
    TestArea area = newArea();
    clock.travelTo(LocalDateTime.of(2026, 6, 10, 0, 30));
    String reference = newCase(area);

    String trail =
        signedIn(area.user(Role.SERVICE_MANAGER)).get("/cases/" + reference + "/audit").body();

    assertThat(trail).contains("10 Jun 2026 00:30").doesNotContain("9 Jun 2026 23:30");
  }

  @Test
  void inWinterLondonAndUtcAgreeOnTheDay() {
    clock.travelTo(LocalDateTime.of(2026, 12, 10, 0, 30));
    assertThat(LocalDate.ofInstant(clock.instant(), ServiceClock.ZONE))
        .isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))
        .isEqualTo(LocalDate.of(2026, 12, 10));
  }

  private JsonNode children(String token, String reference) {
    HttpResponse<String> read = apiGet(token, "/api/v1/cases/" + reference + "/children");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(read.body());
    return body.isArray() ? body : body.get("children");
  }

  private static String change(String status, LocalDate on, int version) {
    return "{\"status\": \"%s\", \"changedOn\": \"%s\", \"version\": %d}"
        .formatted(status, on, version);
  }
}
