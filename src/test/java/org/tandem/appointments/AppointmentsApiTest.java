package org.tandem.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import tools.jackson.databind.JsonNode;

/**
 * Booking appointments with him and recording what happened, through the API: the rules a booking
 * keeps, the history a reschedule leaves, the events reminders follow, and the audit trail.
 */
class AppointmentsApiTest extends TandemTest {

  @Autowired private ApplicationEventMulticaster multicaster;

  /** Every event published while a test runs, from whichever thread published it. */
  private final List<Object> published = new CopyOnWriteArrayList<>();

  private final ApplicationListener<PayloadApplicationEvent<?>> listener =
      e -> published.add(e.getPayload());

  private TestArea area;
  private String worker;
  private String reference;
  private LocalDate tomorrow;

  @BeforeEach
  void aCaseOfItsOwn() {
    multicaster.addApplicationListener(listener);
    area = newArea();
    worker = area.token(Role.PERPETRATOR_WORKER);
    reference = newCase(area);
    tomorrow = clock.today().plusDays(1);
  }

  @AfterEach
  void stopListening() {
    multicaster.removeApplicationListener(listener);
  }

  private String booking(String kind, LocalDate date, String time, long workerId) {
    return """
        {"kind": "%s", "date": "%s", "time": "%s", "minutes": 60,
         "place": "Invented office, room 2", "workerId": %d}
        """
        .formatted(kind, date, time, workerId);
  }

  private long workerId() {
    return area.user(Role.PERPETRATOR_WORKER).id();
  }

  private JsonNode book(String kind, LocalDate date, String time) {
    HttpResponse<String> booked =
        apiPost(
            worker,
            "/api/v1/cases/" + reference + "/appointments",
            booking(kind, date, time, workerId()));
    assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
    return TestApi.ok(booked);
  }

  private HttpResponse<String> outcome(long id, String json) {
    return apiPost(worker, "/api/v1/appointments/" + id + "/outcome", json);
  }

  @Test
  void aBookedAppointmentIsListedOnHisCaseAndPublishedForHisReminders() {
    JsonNode a = book("ASSESSMENT", tomorrow, "14:30");

    assertThat(a.get("kind").asString()).isEqualTo("ASSESSMENT");
    assertThat(a.get("workerName").asString())
        .isEqualTo(area.user(Role.PERPETRATOR_WORKER).displayName());
    JsonNode listed = api().read(worker, "/api/v1/cases/" + reference + "/appointments");
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).get("place").asString()).isEqualTo("Invented office, room 2");
    assertThat(
            java.time.OffsetDateTime.parse(listed.get(0).get("startsAt").asString())
                .atZoneSameInstant(java.time.ZoneId.of("Europe/London"))
                .toLocalDateTime())
        .isEqualTo(tomorrow.atTime(14, 30));

    AppointmentBooked event =
        published.stream()
            .filter(AppointmentBooked.class::isInstance)
            .map(AppointmentBooked.class::cast)
            .filter(e -> e.appointmentId() == a.get("id").asLong())
            .findFirst()
            .orElseThrow();
    assertThat(event.reference()).isEqualTo(reference);
    assertThat(event.areaId()).isEqualTo(area.id());
    assertThat(event.kind()).isEqualTo(AppointmentKind.ASSESSMENT);
    assertThat(event.place()).isEqualTo("Invented office, room 2");
  }

  @Test
  void aTimeGoneByAWorkerFromAnotherAreaAndAClashAreRefusedBesideTheirFields() {
    TestArea elsewhere = newArea();
    HttpResponse<String> past =
        apiPost(
            worker,
            "/api/v1/cases/" + reference + "/appointments",
            booking("ASSESSMENT", clock.today().minusDays(1), "10:00", workerId()));
    assertThat(past.statusCode()).isEqualTo(400);
    assertThat(past.headers().firstValue("Content-Type").orElseThrow())
        .contains("application/problem+json");
    assertThat(past.body()).contains("\"date\"").contains("The appointment must be in the future");

    HttpResponse<String> stranger =
        apiPost(
            worker,
            "/api/v1/cases/" + reference + "/appointments",
            booking("ASSESSMENT", tomorrow, "10:00", elsewhere.user(Role.PERPETRATOR_WORKER).id()));
    assertThat(stranger.statusCode()).isEqualTo(400);
    assertThat(stranger.body()).contains("Choose a perpetrator worker who covers this area");

    HttpResponse<String> missing =
        apiPost(worker, "/api/v1/cases/" + reference + "/appointments", "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body())
        .contains("Select what the appointment is for")
        .contains("Enter the date of the appointment")
        .contains("Enter where the appointment is");

    book("ASSESSMENT", tomorrow, "10:00");
    String another = newCase(area);
    HttpResponse<String> clash =
        apiPost(
            worker,
            "/api/v1/cases/" + another + "/appointments",
            booking("ONE_TO_ONE", tomorrow, "10:30", workerId()));
    assertThat(clash.statusCode()).isEqualTo(400);
    assertThat(clash.body())
        .contains("\"time\"")
        .contains("already booked from 10:00 to 11:00")
        .contains("choose another time");

    assertThat(
            apiPost(
                    worker,
                    "/api/v1/cases/" + another + "/appointments",
                    booking("ONE_TO_ONE", tomorrow, "11:00", workerId()))
                .statusCode())
        .as("back to back is no clash")
        .isEqualTo(201);
    assertThat(
            apiPost(
                    elsewhere.token(Role.PERPETRATOR_WORKER),
                    "/api/v1/cases/" + reference + "/appointments",
                    booking("ONE_TO_ONE", tomorrow, "15:00", workerId()))
                .statusCode())
        .as("another area's worker cannot reach his case")
        .isEqualTo(404);
    assertThat(
            apiPost(
                    area.token(Role.INTAKE),
                    "/api/v1/cases/" + reference + "/appointments",
                    booking("ONE_TO_ONE", tomorrow, "15:00", workerId()))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void bookingsOfTheSameWorkerAtTheSameMomentCannotBothFindTheTimeFree() throws Exception {
    List<String> cases = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      cases.add(newCase(area));
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(cases.size());
    // Several rounds, each a slot of its own, so that a lost race shows however the threads fall.
    List<String> slots = List.of("09:00", "10:00", "11:00", "12:00", "13:00", "14:00");
    try {
      for (String slot : slots) {
        java.util.concurrent.CyclicBarrier together =
            new java.util.concurrent.CyclicBarrier(cases.size());
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (String c : cases) {
          answers.add(
              pool.submit(
                  () -> {
                    together.await();
                    return apiPost(
                            worker,
                            "/api/v1/cases/" + c + "/appointments",
                            booking("ONE_TO_ONE", tomorrow, slot, workerId()))
                        .statusCode();
                  }));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (var answer : answers) {
          statuses.add(answer.get());
        }
        assertThat(statuses).as(slot).containsOnly(201, 400);
        assertThat(statuses).as(slot).filteredOn(s -> s == 201).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(
            jdbc.sql("SELECT count(*) FROM appointment WHERE worker_id = :w")
                .param("w", workerId())
                .query(Long.class)
                .single())
        .isEqualTo(slots.size());
  }

  @Test
  void reschedulingBooksTheNewTimeAndKeepsTheOldWithItsOutcome() {
    long first = book("ONE_TO_ONE", tomorrow, "10:00").get("id").asLong();

    HttpResponse<String> noReason =
        outcome(first, "{\"outcome\": \"RESCHEDULED\", \"version\": 0}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body())
        .contains("Select who asked for the change")
        .contains("Give the reason for the change")
        .contains("Enter the new date");

    HttpResponse<String> moved =
        outcome(
            first,
            """
            {"outcome": "RESCHEDULED", "askedBy": "HIM", "reason": "Invented: working that day",
             "newDate": "%s", "newTime": "16:00", "version": 0}
            """
                .formatted(tomorrow.plusDays(2)));
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    JsonNode second = TestApi.ok(moved);
    assertThat(second.get("rescheduledFrom").asLong()).isEqualTo(first);
    assertThat(second.get("place").asString()).isEqualTo("Invented office, room 2");

    JsonNode old = api().read(worker, "/api/v1/appointments/" + first);
    assertThat(old.get("outcome").asString()).isEqualTo("RESCHEDULED");
    assertThat(old.get("askedBy").asString()).isEqualTo("HIM");
    assertThat(old.get("outcomeReason").asString()).isEqualTo("Invented: working that day");
    assertThat(old.get("rescheduledTo").asLong()).isEqualTo(second.get("id").asLong());
    assertThat(api().read(worker, "/api/v1/cases/" + reference + "/appointments")).hasSize(2);

    assertThat(published).contains(new AppointmentCancelled(first, old.get("referralId").asLong()));
    assertThat(published)
        .anyMatch(
            e ->
                e instanceof AppointmentBooked b && b.appointmentId() == second.get("id").asLong());

    HttpResponse<String> stale =
        outcome(
            first,
            "{\"outcome\": \"CANCELLED\", \"askedBy\": \"SERVICE\", \"reason\": \"x\", \"version\": 0}");
    assertThat(stale.statusCode()).isEqualTo(400);
    assertThat(stale.body()).contains("already recorded");
  }

  @Test
  void heCannotHaveAttendedBeforeItsTimeAndAnOldVersionIsAConflict() {
    long id = book("ASSESSMENT", tomorrow, "10:00").get("id").asLong();
    HttpResponse<String> early = outcome(id, "{\"outcome\": \"ATTENDED\", \"version\": 0}");
    assertThat(early.statusCode()).isEqualTo(400);
    assertThat(early.body()).contains("has not happened yet");

    HttpResponse<String> stale =
        clock.at(
            tomorrow.atTime(12, 0),
            () -> outcome(id, "{\"outcome\": \"ATTENDED\", \"version\": 7}"));
    assertThat(stale.statusCode()).isEqualTo(409);

    HttpResponse<String> late =
        clock.at(
            tomorrow.atTime(12, 0),
            () ->
                outcome(
                    id, "{\"outcome\": \"LATE\", \"reason\": \"Invented: bus\", \"version\": 0}"));
    assertThat(late.statusCode()).as(late.body()).isEqualTo(200);
    assertThat(TestApi.ok(late).get("outcome").asString()).isEqualTo("LATE");
    assertThat(published)
        .as("an outcome recorded after its time cancels no reminder")
        .noneMatch(e -> e instanceof AppointmentCancelled c && c.appointmentId() == id);
  }

  @Test
  void everyReadAndWriteIsAudited() {
    long id = book("ASSESSMENT", tomorrow, "10:00").get("id").asLong();
    api().read(worker, "/api/v1/cases/" + reference + "/appointments");
    outcome(
        id,
        "{\"outcome\": \"CANCELLED\", \"askedBy\": \"OTHER_AGENCY\", \"reason\": \"Invented: in custody\", \"version\": 0}");
    api()
        .read(
            worker,
            "/api/v1/appointments?worker="
                + workerId()
                + "&from="
                + clock.today()
                + "&to="
                + tomorrow.plusDays(1));
    List<String> trail =
        jdbc.sql(
                "SELECT action || ' ' || what FROM audit_event WHERE case_reference = :r ORDER BY id")
            .param("r", reference)
            .query(String.class)
            .list();
    assertThat(trail)
        .contains(
            "CREATE appointment",
            "READ appointments",
            "UPDATE appointment outcome",
            "LIST appointments");
  }

  @Test
  void aWorkersSpanOfDaysHoldsHisAppointmentsInTimeOrderAndRefusesAnEndlessSpan() {
    book("ONE_TO_ONE", tomorrow.plusDays(1), "09:00");
    book("ASSESSMENT", tomorrow, "15:00");
    JsonNode span =
        api()
            .read(
                worker,
                "/api/v1/appointments?worker="
                    + workerId()
                    + "&from="
                    + tomorrow
                    + "&to="
                    + tomorrow.plusDays(2));
    assertThat(span.findValuesAsString("kind")).containsExactly("ASSESSMENT", "ONE_TO_ONE");
    JsonNode venue =
        api()
            .read(
                worker,
                "/api/v1/appointments?venue=invented%20OFFICE,%20room%202&from="
                    + tomorrow
                    + "&to="
                    + tomorrow.plusDays(1));
    assertThat(venue).hasSize(1);

    HttpResponse<String> endless =
        apiGet(worker, "/api/v1/appointments?from=" + tomorrow + "&to=" + tomorrow.plusYears(1));
    assertThat(endless.statusCode()).isEqualTo(400);
    assertThat(endless.body()).contains("at most 92 days");
    assertThat(
            apiGet(
                    newArea().token(Role.PERPETRATOR_WORKER),
                    "/api/v1/appointments?worker="
                        + workerId()
                        + "&from="
                        + tomorrow
                        + "&to="
                        + tomorrow.plusDays(2))
                .body())
        .as("another area's worker sees none of them")
        .isEqualTo("[]");
  }

  @Test
  void theNextAppointmentOfEachCaseComesInOneLook(@Autowired Appointments appointments) {
    book("ONE_TO_ONE", tomorrow.plusDays(3), "09:00");
    book("ASSESSMENT", tomorrow, "15:00");
    String none = newCase(area);
    long his =
        api()
            .read(worker, "/api/v1/cases/" + reference + "/appointments")
            .get(0)
            .get("referralId")
            .asLong();
    long noneId =
        jdbc.sql("SELECT id FROM referral WHERE reference = :r")
            .param("r", none)
            .query(Long.class)
            .single();
    var next = appointments.nextFor(List.of(his, noneId));
    assertThat(next).containsOnlyKeys(his);
    assertThat(next.get(his).kind()).isEqualTo(AppointmentKind.ASSESSMENT);
    assertThat(
            LocalDateTime.ofInstant(
                    next.get(his).startsAt().toInstant(), java.time.ZoneId.of("Europe/London"))
                .toLocalTime())
        .isEqualTo(LocalTime.of(15, 0));
  }
}
