package org.tandem.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * A manager who reads Welsh is told in Welsh what is wrong with a subject access request, on the
 * page and through the API; in English the words are as they were.
 */
class WelshSubjectAccessProblemsTest extends TandemTest {

  private TestArea area;
  private String reference;

  @BeforeEach
  void aCaseOfItsOwn() {
    area = newArea();
    reference = newCase(area);
  }

  private HttpResponse<String> postInWelsh(String path, String json) {
    return api().inWelsh().post(area.token(Role.SERVICE_MANAGER), path, json);
  }

  @Test
  void aDateThatIsNotRealIsRefusedInWelshBesideTheField() {
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    String path = "/cases/" + reference + "/subject-access";
    assertThat(manager.get(path + "?lang=cy").body()).contains("<html lang=\"cy\"");

    HttpResponse<String> refused =
        manager.post(
            path,
            Map.of(
                "subject", "man",
                "requestedBy", "SELF",
                "receivedOn.day", "31",
                "receivedOn.month", "2",
                "receivedOn.year", "2026",
                "requester", "Invented requester",
                "_csrf", manager.csrf(path)));

    assertThat(refused.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.select("#receivedOn-error").text())
        .contains("Rhaid i'r dyddiad y daeth y cais i law fod yn ddyddiad go iawn");
    assertThat(page.text()).doesNotContain("must be a real date");
  }

  @Test
  void theApiRefusesWhatWasSentInWelsh() {
    HttpResponse<String> codes =
        postInWelsh(
            "/api/v1/subject-access",
            "{\"case\": \"%s\", \"subject\": \"him\", \"requestedBy\": \"NEIGHBOUR\"}"
                .formatted(reference));
    assertThat(codes.statusCode()).isEqualTo(400);
    assertThat(codes.body())
        .contains("Defnyddiwch SELF, PARENT neu REPRESENTATIVE")
        .doesNotContain("Use SELF");

    HttpResponse<String> subject =
        postInWelsh(
            "/api/v1/subject-access",
            "{\"case\": \"%s\", \"subject\": \"him\"}".formatted(reference));
    assertThat(subject.statusCode()).isEqualTo(400);
    assertThat(subject.body())
        .contains("Dewiswch ddata pwy i'w ddatgelu: man, partner:ID neu child:ID")
        .doesNotContain("Choose whose data");

    HttpResponse<String> release = postInWelsh("/api/v1/subject-access/987654321/release", "{}");
    assertThat(release.statusCode()).isEqualTo(400);
    assertThat(release.body()).contains("Rhowch fersiwn y datgeliad a ddarllenoch");
  }

  @Test
  void inEnglishTheWordsAreUnchanged() {
    HttpResponse<String> subject =
        apiPost(
            area.token(Role.SERVICE_MANAGER),
            "/api/v1/subject-access",
            "{\"case\": \"%s\", \"subject\": \"him\"}".formatted(reference));

    assertThat(subject.statusCode()).isEqualTo(400);
    assertThat(subject.body())
        .contains(
            "Choose whose data to disclose: man, partner:ID or child:ID for a person on the case");
  }
}
