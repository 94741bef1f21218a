package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.access.Role;

/**
 * A browser journey that starts from a case of its own, in an area of its own, so it knows exactly
 * what is there.
 */
abstract class CaseJourneyTest extends BrowserTest {

  /**
   * A new case awaiting triage in this test's area, logged through the API as its intake worker.
   * The referrer is reached by email: the API does not yet read a referrer's phone number (see the
   * report).
   */
  protected String newCase() {
    String referral =
        """
        {"areaId": %d, "referralSource": "POLICE", "referrerName": "Sam Beatwell",
         "referrerEmail": "sam.beatwell@example.org",
         "reason": "Invented journey-test referral", "referredOn": "%s",
         "manGivenName": "Journey", "manFamilyName": "Testerson", "manInterpreterNeeded": false,
         "partners": [{"relationship": "FORMER", "givenName": "Wren", "phone": "07700 900451"}],
         "children": [], "sharingBasis": "CRIME_PREVENTION"}
        """
            .formatted(area.id(), clock.today().minusDays(1));
    HttpResponse<String> created = apiPost(area.token(Role.INTAKE), "/api/v1/referrals", referral);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher m =
        Pattern.compile("\"reference\"\\s*:\\s*\"(" + area.code() + "-\\d{4})\"")
            .matcher(created.body());
    assertThat(m.find()).as("a reference in %s", created.body()).isTrue();
    return m.group(1);
  }
}
