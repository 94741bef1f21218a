package org.tandem.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.programme.AGroup;
import org.tandem.programme.ProgrammeGroup;

/**
 * A one-to-one session he did not attend counts in the programme's absence rule as a session missed
 * without a reason; attending one breaks the run. An assessment appointment does not count: the
 * rule is about keeping to the programme.
 */
class DidNotAttendTest extends TandemTest {

  @Test
  void aMissedOneToOneCountsAsAnAbsenceWithoutReasonAndAnAttendedOneBreaksTheRun() {
    TestArea area = newArea();
    String worker = area.token(Role.PERPETRATOR_WORKER);
    String reference = newCase(area);
    ProgrammeGroup group = AGroup.in(area).create(api());
    group.place(reference, clock.today());
    LocalDate day = clock.today().plusDays(1);
    long first = book(area, reference, "ONE_TO_ONE", day);
    long assessment = book(area, reference, "ASSESSMENT", day.plusDays(1));
    long second = book(area, reference, "ONE_TO_ONE", day.plusDays(2));
    long third = book(area, reference, "ONE_TO_ONE", day.plusDays(3));

    record(worker, first, "DID_NOT_ATTEND", day);
    assertThat(absencesInARow(worker, reference)).isEqualTo(1);
    record(worker, assessment, "DID_NOT_ATTEND", day.plusDays(1));
    assertThat(absencesInARow(worker, reference)).as("an assessment is not a session").isEqualTo(1);
    record(worker, second, "DID_NOT_ATTEND", day.plusDays(2));
    assertThat(absencesInARow(worker, reference)).isEqualTo(2);
    record(worker, third, "ATTENDED", day.plusDays(3));
    assertThat(absencesInARow(worker, reference)).isZero();
  }

  @Test
  void missedOneToOnesReachingTheGroupsLimitOpenAReviewOfHisPlaceAndGoOnTheTimeline() {
    TestArea area = newArea();
    String worker = area.token(Role.PERPETRATOR_WORKER);
    String reference = newCase(area);
    ProgrammeGroup group = AGroup.in(area).create(api());
    group.place(reference, clock.today());
    LocalDate day = clock.today().plusDays(1);
    long[] sessions = {
      book(area, reference, "ONE_TO_ONE", day),
      book(area, reference, "ONE_TO_ONE", day.plusDays(1)),
      book(area, reference, "ONE_TO_ONE", day.plusDays(2))
    };

    record(worker, sessions[0], "DID_NOT_ATTEND", day);
    record(worker, sessions[1], "DID_NOT_ATTEND", day.plusDays(1));
    assertThat(absenceReviews(reference)).as("two, below the group's limit of 3").isZero();
    record(worker, sessions[2], "DID_NOT_ATTEND", day.plusDays(2));

    assertThat(absenceReviews(reference)).isOne();
    assertThat(api().read(worker, "/api/v1/cases/" + reference + "/risk").toString())
        .contains("Missed a one-to-one session without a reason");
  }

  private long absenceReviews(String reference) {
    return jdbc.sql(
            """
            SELECT count(*) FROM programme_review pr JOIN enrolment e ON e.id = pr.enrolment_id
            JOIN referral r ON r.id = e.referral_id
            WHERE r.reference = :r AND pr.kind = 'ABSENCES' AND pr.done_on IS NULL
            """)
        .param("r", reference)
        .query(Long.class)
        .single();
  }

  private long book(TestArea area, String reference, String kind, LocalDate on) {
    HttpResponse<String> booked =
        apiPost(
            area.token(Role.PERPETRATOR_WORKER),
            "/api/v1/cases/" + reference + "/appointments",
            """
            {"kind": "%s", "date": "%s", "time": "10:00", "place": "Invented office",
             "workerId": %d}
            """
                .formatted(kind, on, area.user(Role.PERPETRATOR_WORKER).id()));
    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    return TestApi.ok(booked).get("id").asLong();
  }

  private void record(String worker, long id, String outcome, LocalDate on) {
    HttpResponse<String> recorded =
        clock.at(
            on.atTime(12, 0),
            () ->
                apiPost(
                    worker,
                    "/api/v1/appointments/" + id + "/outcome",
                    "{\"outcome\": \"%s\", \"version\": 0}".formatted(outcome)));
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
  }

  private int absencesInARow(String worker, String reference) {
    return api()
        .read(worker, "/api/v1/cases/" + reference + "/programme")
        .get(0)
        .get("unexplainedAbsencesInARow")
        .asInt();
  }
}
