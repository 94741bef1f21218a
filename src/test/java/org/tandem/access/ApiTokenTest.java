package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.calendar.ServiceClock;
import org.tandem.referral.AReferral;

/** What an API token may do: until its last day, within its scope, and noting when it was used. */
class ApiTokenTest extends TandemTest {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

  @Autowired ApiTokens tokens;

  @Test
  void aTokenWorksToTheEndOfItsLastDayAndIsRefusedAfter() {
    TestArea.User worker = newArea().user(Role.PERPETRATOR_WORKER);
    LocalDate lastDay = clock.today().plusDays(30);
    String token =
        tokens.create(worker.id(), "Invented nightly export", ApiTokens.Scope.READ_WRITE, lastDay);

    clock.travelTo(lastDay.atTime(23, 59));
    assertThat(apiGet(token, "/api/v1/areas").statusCode()).isEqualTo(200);

    clock.travelTo(lastDay.plusDays(1).atStartOfDay());
    HttpResponse<String> expired = apiGet(token, "/api/v1/areas");
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(expired.body()).contains("The token is not valid or has expired");
    assertThat(expired.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\"");

    // A token that never existed answers the same, so the answer tells nobody which tokens exist.
    HttpResponse<String> unknown = apiGet("tdm_invented_never_made", "/api/v1/areas");
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(expired.body());
  }

  @Test
  void aReadOnlyTokenReadsButCannotWrite() {
    TestArea area = newArea();
    TestArea.User intake = area.user(Role.INTAKE);
    String readOnly =
        tokens.create(
            intake.id(),
            "Invented dashboard",
            ApiTokens.Scope.READ_ONLY,
            clock.today().plusDays(30));
    String referral = AReferral.in(area).json();

    assertThat(apiGet(readOnly, "/api/v1/cases?page=0&size=10").statusCode()).isEqualTo(200);
    HttpResponse<String> refused = apiPost(readOnly, "/api/v1/referrals", referral);
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(refused.body()).contains("This token can only read");
    assertThat(api().delete(readOnly, "/api/v1/areas").statusCode()).isEqualTo(403);
    assertThat(referralsIn(area)).isZero();

    // The same person's read-write token may make the referral: only the scope refused it.
    assertThat(apiPost(intake.token(), "/api/v1/referrals", referral).statusCode()).isEqualTo(201);
    assertThat(referralsIn(area)).isEqualTo(1);
  }

  @Test
  void theAccountPageShowsWhenATokenWasLastUsedNotingAUseAtMostOnceAMinute() {
    TestArea.User worker = newArea().user(Role.PERPETRATOR_WORKER);
    String name = "Invented case sync";
    String token =
        tokens.create(worker.id(), name, ApiTokens.Scope.READ_ONLY, clock.today().plusDays(30));
    PageSession session = signedIn(worker);
    assertThat(row(session.get("/account").body(), name)).contains("Never");

    LocalDateTime first = clock.today().atTime(14, 25);
    clock.travelTo(first);
    assertThat(apiGet(token, "/api/v1/areas").statusCode()).isEqualTo(200);
    assertThat(row(session.get("/account").body(), name)).contains(first.format(SHOWN));
    assertThat(lastUsed(token)).isAtSameInstantAs(at(first));

    // A second call within the minute is not written: a busy integration is not a write per call.
    clock.travelTo(first.plusSeconds(40));
    assertThat(apiGet(token, "/api/v1/areas").statusCode()).isEqualTo(200);
    assertThat(lastUsed(token)).isAtSameInstantAs(at(first));

    clock.travelTo(first.plusMinutes(2));
    assertThat(apiGet(token, "/api/v1/areas").statusCode()).isEqualTo(200);
    assertThat(lastUsed(token)).isAtSameInstantAs(at(first.plusMinutes(2)));
    assertThat(row(session.get("/account").body(), name))
        .contains(first.plusMinutes(2).format(SHOWN));
  }

  // --- helpers ---

  private long referralsIn(TestArea area) {
    return jdbc.sql("SELECT count(*) FROM referral WHERE area_id = :area")
        .param("area", area.id())
        .query(Long.class)
        .single();
  }

  private OffsetDateTime lastUsed(String token) {
    return jdbc.sql("SELECT last_used_at FROM api_token WHERE token_hash = :hash")
        .param("hash", ApiTokens.hash(token))
        .query(OffsetDateTime.class)
        .single();
  }

  private static OffsetDateTime at(LocalDateTime londonTime) {
    return londonTime.atZone(ServiceClock.ZONE).toOffsetDateTime();
  }

  /** The account page's table row of the token of this name. */
  static String row(String page, String name) {
    int at = page.indexOf(">" + name + "<");
    assertThat(at).as("a row for the token " + name).isPositive();
    return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
  }
}
