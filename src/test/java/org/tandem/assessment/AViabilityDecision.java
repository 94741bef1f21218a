package org.tandem.assessment;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import org.tandem.TestApi;
import org.tandem.TestArea;
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

  private final TestApi api;
  private final TestArea area;
  private final String reference;
  private final String viability;
  private String reason;
  private String notes = "Invented reasons";
  private LocalTime time = JUST_AFTER_MIDNIGHT;

  private AViabilityDecision(TestApi api, TestArea area, String reference, String viability) {
    this.api = api;
    this.area = area;
    this.reference = reference;
    this.viability = viability;
  }

  public static AViabilityDecision of(Family family, String viability) {
    return new AViabilityDecision(family.api(), family.area(), family.reference(), viability);
  }

  /** The decision on a case of a test area that a test referred by hand. */
  public static AViabilityDecision of(
      TestApi api, TestArea area, String reference, String viability) {
    return new AViabilityDecision(api, area, reference, viability);
  }

  /** The reasons written down; invented ones by default. */
  public AViabilityDecision notes(String notes) {
    this.notes = notes;
    return this;
  }

  /** Made at this time of its day rather than just after midnight. */
  public AViabilityDecision at(LocalTime time) {
    this.time = time;
    return this;
  }

  /** The reason the decision needs (LANGUAGE, DENIAL…); none by default. */
  public AViabilityDecision because(String reason) {
    this.reason = reason;
    return this;
  }

  /** Records the decision on this day, at 00:30 service time unless told {@link #at}. */
  public void on(LocalDate day) {
    String worker = area.token(Role.PERPETRATOR_WORKER);
    String path = "/api/v1/cases/" + reference + "/assessment";
    HttpResponse<String> current = api.get(worker, path);
    int version = current.statusCode() == 404 ? 0 : TestApi.ok(current).get("version").asInt();
    TestClockConfiguration.CLOCK.at(
        day.atTime(time),
        () ->
            api.changed(
                worker,
                path + "/viability",
                """
                {"viability": "%s", "reason": %s, "notes": %s, "version": %d}
                """
                    .formatted(viability, TestApi.quoted(reason), TestApi.quoted(notes), version)));
  }

  public void on(String day) {
    on(LocalDate.parse(day));
  }
}
