package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.tandem.PageSession;
import org.tandem.TandemTest;

/**
 * With no council sign-in configured (no {@code TANDEM_OIDC_ISSUER_URI}), Tandem starts as before:
 * no client registration, no council button, and its addresses are not served.
 */
class CouncilSignInAbsentTest extends TandemTest {

  @Autowired ApplicationContext context;

  @Test
  void theSignInPageOffersPasswordsOnly() {
    HttpResponse<String> page = new PageSession(baseUrl()).get("/sign-in");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Sign in to Tandem")
        .doesNotContain("council account")
        .doesNotContain("/oauth2/authorization");
    assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class)).isEmpty();
  }

  @Test
  void theCouncilSignInAddressesAreNotServed() {
    for (String path :
        new String[] {"/oauth2/authorization/council", "/login/oauth2/code/council"}) {
      HttpResponse<String> response = new PageSession(baseUrl()).get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location"))
          .as(path)
          .hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in"));
    }
  }

  /** Ready for a council sign-in to be tried with the demo data: invented, reserved addresses. */
  @Test
  void theDemoUsersHaveWorkEmailAddresses() {
    for (var user : org.tandem.demo.DemoUsers.ALL) {
      String email =
          jdbc.sql("SELECT email FROM app_user WHERE username = :u")
              .param("u", user.username())
              .query(String.class)
              .single();
      assertThat(email).isEqualTo(user.username() + "@northmoor.example");
    }
  }
}
