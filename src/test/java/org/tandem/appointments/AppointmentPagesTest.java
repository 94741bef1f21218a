package org.tandem.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * Booking from his case's appointments page, mistakes shown beside their fields with what was
 * typed, and the week calendars of a worker and a venue.
 */
class AppointmentPagesTest extends TandemTest {

  private TestArea area;
  private String reference;
  private PageSession worker;
  private LocalDate tomorrow;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    reference = newCase(area);
    worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    tomorrow = clock.today().plusDays(1);
  }

  private Map<String, String> form(LocalDate date, String time, String place) {
    Map<String, String> form = new HashMap<>();
    form.put("kind", "ASSESSMENT");
    form.put("date.day", String.valueOf(date.getDayOfMonth()));
    form.put("date.month", String.valueOf(date.getMonthValue()));
    form.put("date.year", String.valueOf(date.getYear()));
    form.put("time", time);
    form.put("minutes", "60");
    form.put("place", place);
    form.put("workerId", String.valueOf(area.user(Role.PERPETRATOR_WORKER).id()));
    form.put("_csrf", worker.csrf("/cases/" + reference + "/appointments"));
    return form;
  }

  @Test
  void aMistakeIsShownBesideItsFieldKeepingWhatWasTypedThenTheBookingIsListed() {
    String path = "/cases/" + reference + "/appointments";
    Map<String, String> wrong = form(tomorrow, "25:99", "Invented office, room 4");
    wrong.put("date.day", "31");
    wrong.put("date.month", "2");
    HttpResponse<String> shown = worker.post(path, wrong);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("The date of the appointment must be a real date")
        .contains("Enter the time in hours and minutes on the 24-hour clock")
        .contains("value=\"Invented office, room 4\"")
        .contains("value=\"25:99\"")
        .contains("<title>Error:");

    HttpResponse<String> past = worker.post(path, form(clock.today().minusDays(3), "10:00", "x"));
    assertThat(past.body()).contains("The appointment must be in the future");

    HttpResponse<String> booked =
        worker.post(path, form(tomorrow, "9:15", "Invented office, room 4"));
    assertThat(booked.statusCode()).isEqualTo(302);
    HttpResponse<String> page = worker.get(path);
    assertThat(page.body())
        .contains("Appointment booked")
        .contains("Assessment appointment")
        .contains("9:15–10:15")
        .contains("Invented office, room 4")
        .contains("Record what happened");
    assertThat(worker.get("/cases/" + reference).body()).contains(path);
  }

  @Test
  void theWorkersWeekAndTheVenuesWeekShowTheAppointmentOnItsDay() {
    worker.post(
        "/cases/" + reference + "/appointments",
        form(tomorrow, "11:00", "Invented venue " + area.code()));
    long id = area.user(Role.PERPETRATOR_WORKER).id();
    LocalDate monday = tomorrow.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    HttpResponse<String> own = worker.get("/appointments/calendar?week=" + tomorrow);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains(reference).contains("11:00–12:00");
    assertThat(own.body())
        .contains("week=" + monday.minusWeeks(1))
        .contains("week=" + monday.plusWeeks(1));

    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    assertThat(manager.get("/appointments/calendar?worker=" + id + "&week=" + tomorrow).body())
        .contains(reference);
    assertThat(
            manager
                .get(
                    "/appointments/calendar?venue=invented+VENUE+"
                        + area.code()
                        + "&week="
                        + tomorrow)
                .body())
        .contains(reference);
    assertThat(
            manager
                .get("/appointments/calendar?worker=" + id + "&week=" + monday.plusWeeks(1))
                .body())
        .doesNotContain(reference);
    assertThat(
            signedIn(newArea().user(Role.SERVICE_MANAGER))
                .get("/appointments/calendar?worker=" + id + "&week=" + tomorrow)
                .statusCode())
        .as("another area's manager cannot open this worker's week")
        .isEqualTo(404);
  }

  @Test
  void onlyWorkersWhoSeeHimMayBook() {
    PageSession intake = signedIn(area.user(Role.INTAKE));
    String path = "/cases/" + reference + "/appointments";
    assertThat(intake.get(path).statusCode()).isEqualTo(200);
    assertThat(intake.get(path).body()).doesNotContain("Book the appointment");
    Map<String, String> form = form(tomorrow, "10:00", "Invented office");
    form.put("_csrf", intake.csrf(path));
    assertThat(intake.post(path, form).statusCode()).isEqualTo(403);
  }
}
