package org.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/** A MARAC referral is due within the service's working days, not calendar days. */
class MaracReferralDueTest extends TandemTest {

  @Test
  void visibleHighRiskOnAFridayMakesTheReferralDueOnMonday() {
    TestArea area = newArea();
    Family family = newFamily(area);
    String worker = area.token(Role.PERPETRATOR_WORKER);
    String answers =
        IntStream.rangeClosed(1, 24)
            .mapToObj(n -> "\"%d\": \"%s\"".formatted(n, n <= 14 ? "YES" : "NO"))
            .collect(Collectors.joining(", "));

    // Friday 4 December 2026, late in the afternoon.
    clock.travelTo(LocalDateTime.of(2026, 12, 4, 16, 30));
    HttpResponse<String> dash =
        apiPut(
            worker,
            family.path() + "/assessment/dash",
            "{\"answers\": {%s}, \"judgement\": null, \"version\": 0}".formatted(answers));
    assertThat(dash.statusCode()).as(dash.body()).isEqualTo(200);

    var referral = api().read(worker, family.path() + "/risk").get("maracReferrals").get(0);
    assertThat(referral.get("dueOn").asString()).isEqualTo("2026-12-07");
  }
}
