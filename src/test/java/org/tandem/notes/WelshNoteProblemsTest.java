package org.tandem.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.referral.Family;

/**
 * A Welsh reader is told what is wrong with a note in Welsh and sees the banner after a save in
 * Welsh, on the page and in the API; an English reader as before.
 */
class WelshNoteProblemsTest extends TandemTest {

  private TestArea area;
  private Family family;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    family = newFamily(area);
  }

  @Test
  void aWelshNotesPageSaysItsProblemsAndItsBannerInWelsh() {
    PageSession session = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String notes = "/cases/" + family.reference() + "/notes";
    Map<String, String> form = new HashMap<>();
    form.put("_csrf", session.csrf(notes + "/new?lang=cy"));
    form.put("kind", "MANAGER");
    form.put("happenedOn.day", "31");
    form.put("happenedOn.month", "2");
    form.put("happenedOn.year", "2026");
    form.put("text", "Invented: typed and kept");

    Document refused = Jsoup.parse(session.post(notes, form).body());

    assertThat(refused.select("#kind-error").text())
        .contains("Dim ond rheolwr gwasanaeth all gofnodi nodyn rheolwr");
    assertThat(refused.select("#happenedOn-error").text()).contains("Y dyddiad y digwyddodd");
    assertThat(refused.text()).doesNotContain("Only a service manager", "The date it happened");

    form.put("kind", "CONTACT");
    form.put("happenedOn.day", String.valueOf(clock.today().getDayOfMonth()));
    form.put("happenedOn.month", String.valueOf(clock.today().getMonthValue()));
    form.put("happenedOn.year", String.valueOf(clock.today().getYear()));
    assertThat(session.post(notes, form).statusCode()).isEqualTo(302);
    assertThat(session.get(notes).body())
        .contains("Nodyn wedi&#39;i gofnodi")
        .doesNotContain("Note recorded");
  }

  @Test
  void aWelshApiCallerIsToldInWelshAndAnEnglishOneAsBefore() {
    String token = area.token(Role.PERPETRATOR_WORKER);
    String path = "/api/v1/cases/" + family.reference() + "/notes";
    String json = "{\"happenedOn\": \"%s\", \"text\": \"Invented\"}".formatted(clock.today());

    HttpResponse<String> welsh = send(request(token, "cy", path, json));
    assertThat(welsh.statusCode()).isEqualTo(400);
    assertThat(welsh.body()).contains("Dewiswch am beth mae'r nodyn").doesNotContain("Select what");
    assertThat(send(request(token, "en", path, json)).body())
        .contains("Select what the note is about");

    HttpResponse<String> search = send(request(token, "cy", "/api/v1/notes?q=a", null));
    assertThat(search.statusCode()).isEqualTo(400);
    assertThat(search.body()).contains("Rhowch o leiaf 2 nod i chwilio'r nodiadau amdanynt");
  }

  /** An API request from a caller whose browser chose this language; a GET without a body. */
  private HttpRequest request(String token, String language, String path, String json) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .header("Authorization", "Bearer " + token)
            .header("Cookie", "tandem-language=" + language);
    return json == null
        ? b.GET().build()
        : b.header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
  }
}
