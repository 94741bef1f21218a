package org.tandem.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A Welsh reader is told what is wrong with a booking in Welsh, on the page beside the field and in
 * the API's problem details, a clash naming the day in Welsh; an English reader as before.
 */
class WelshAppointmentProblemsTest extends TandemTest {

  private TestArea area;
  private String reference;
  private LocalDate tomorrow;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    reference = newCase(area);
    tomorrow = clock.today().plusDays(1);
  }

  @Test
  void aWelshBookingPageSaysItsProblemsInWelsh() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String path = "/cases/" + reference + "/appointments";
    String csrf = worker.csrf(path + "?lang=cy");
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", csrf);
    form.put("kind", "ASSESSMENT");
    form.put("date.day", String.valueOf(tomorrow.getDayOfMonth()));
    form.put("date.month", String.valueOf(tomorrow.getMonthValue()));
    form.put("date.year", String.valueOf(tomorrow.getYear()));
    form.put("time", "25:99");
    form.put("minutes", "an hour");
    form.put("place", "");
    form.put("workerId", String.valueOf(area.user(Role.PERPETRATOR_WORKER).id()));

    Document page = Jsoup.parse(worker.post(path, form).body());

    assertThat(page.select("#time-error").text())
        .contains("Rhowch yr amser mewn oriau a munudau ar y cloc 24 awr, fel 14:30");
    assertThat(page.select("#minutes-error").text())
        .contains("Rhaid i'r hyd fod yn nifer cyfan o funudau, fel 60");
    assertThat(page.select("#place-error").text()).contains("Nodwch ble mae'r apwyntiad");
    assertThat(page.text()).doesNotContain("Enter the time", "whole number", "Enter where");

    form.put("date.day", String.valueOf(clock.today().minusDays(3).getDayOfMonth()));
    form.put("date.month", String.valueOf(clock.today().minusDays(3).getMonthValue()));
    form.put("date.year", String.valueOf(clock.today().minusDays(3).getYear()));
    form.put("time", "10:00");
    form.put("minutes", "60");
    form.put("place", "Invented office, room 4");
    Document past = Jsoup.parse(worker.post(path, form).body());
    assertThat(past.select("#date-error").text()).contains("Rhaid i'r apwyntiad fod yn y dyfodol");
  }

  @Test
  void aClashIsToldToAWelshApiCallerInWelshWithTheDayInWelsh() {
    String token = area.token(Role.PERPETRATOR_WORKER);
    assertThat(book(token, "en", reference, "10:00").statusCode()).isEqualTo(201);

    HttpResponse<String> clash = book(token, "cy", newCase(area), "10:30");

    String day =
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("cy")).format(tomorrow);
    assertThat(day).doesNotContain(tomorrow.getMonth().getDisplayName(TextStyle.FULL, Locale.UK));
    assertThat(clash.statusCode()).isEqualTo(400);
    assertThat(clash.body())
        .contains("wedi'i drefnu eisoes o 10:00 i 11:00 ar " + day + "; dewiswch amser arall")
        .doesNotContain("already booked", "choose another time");
  }

  @Test
  void anEnglishApiCallerIsToldAsBefore() {
    String token = area.token(Role.PERPETRATOR_WORKER);
    assertThat(book(token, "en", reference, "10:00").statusCode()).isEqualTo(201);

    HttpResponse<String> clash = book(token, "en", newCase(area), "10:30");

    String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(tomorrow);
    assertThat(clash.body())
        .contains("is already booked from 10:00 to 11:00 on " + day + "; choose another time");
  }

  private HttpResponse<String> book(String token, String language, String ref, String time) {
    String json =
        """
        {"kind": "ONE_TO_ONE", "date": "%s", "time": "%s", "minutes": 60,
         "place": "Invented office, room 2", "workerId": %d}
        """
            .formatted(tomorrow, time, area.user(Role.PERPETRATOR_WORKER).id());
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/cases/" + ref + "/appointments"))
            .header("Authorization", "Bearer " + token)
            .header("Cookie", "tandem-language=" + language)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
