package org.tandem.assessment;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import org.tandem.TestApi;
import org.tandem.TestClockConfiguration;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * A treatment-viability decision recorded through the API by the family's perpetrator worker, on a
 * day of the test's choosing: the API stamps a decision with the service's time, so the test clock
 * is stopped at 00:30 that day while it is recorded. Just after midnight in summer time is still
 * the day before in UTC, so the decision's day is the service's day, never the database's. {@code
 * AViabilityDecision.of(family, "INDIVIDUAL_WORK").because("LANGUAGE").on(day)}.
 */
public final class AViabilityDecision {

  private static final LocalTime JUST_AFTER_MIDNIGHT = LocalTime.of(0, 30);

  private final Family family;
  private final String viability;
  private String reason;

  private AViabilityDecision(Family family, String viability) {
    this.family = family;
    this.viability = viability;
  }

  public static AViabilityDecision of(Family family, String viability) {
    return new AViabilityDecision(family, viability);
  }

  /** The reason the decision needs (LANGUAGE, DENIAL…); none by default. */
  public AViabilityDecision because(String reason) {
    this.reason = reason;
    return this;
  }

  /** Records the decision at 00:30 on this day, service time. */
  public Family on(LocalDate day) {
    TestApi api = family.api();
    String worker = family.area().token(Role.PERPETRATOR_WORKER);
    String path = family.path() + "/assessment";
    HttpResponse<String> current = api.get(worker, path);
    int version = current.statusCode() == 404 ? 0 : TestApi.ok(current).get("version").asInt();
    TestClockConfiguration.CLOCK.at(
        day.atTime(JUST_AFTER_MIDNIGHT),
        () ->
            api.changed(
                worker,
                path + "/viability",
                """
                {"viability": "%s", "reason": %s, "notes": "Invented reasons", "version": %d}
                """
                    .formatted(viability, TestApi.quoted(reason), version)));
    return family;
  }

  public Family on(String day) {
    return on(LocalDate.parse(day));
  }
}
