package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/** An address nothing answers: the not-found page for a person, problem details for the API. */
class UnknownAddressTest extends TandemTest {

  @Test
  void aPersonGetsTheNotFoundPageAndTheApiItsProblemDetails() {
    TestArea area = newArea();

    HttpResponse<String> page =
        signedIn(area.user(Role.PERPETRATOR_WORKER)).get("/no-such-page-xq7");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("Page not found").doesNotContain("no-such-page-xq7");

    HttpResponse<String> api = apiGet(area.token(Role.PERPETRATOR_WORKER), "/api/v1/no-such-xq7");
    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(api.body()).contains("There is nothing at this address").doesNotContain("xq7");
  }
}
