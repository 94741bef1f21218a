package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.calendar.ServiceClock;

/** Making an API token on the account page: its scope and how long it works, and its mistakes. */
class TokenFormTest extends TandemTest {

  private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\">(tdm_[^<]+)<");
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  @Test
  void aTokenIsMadeWithEachScopeAndEachLengthOfLife() {
    TestArea.User worker = newArea().user(Role.PERPETRATOR_WORKER);
    PageSession session = signedIn(worker);
    LocalDate today = clock.today();
    LocalDate chosen = today.plusDays(45);

    assertMade(
        made(session, "Invented monthly", Map.of("scope", "READ_ONLY", "lasts", "DAYS_30")),
        "READ_ONLY",
        today.plusDays(30));
    assertMade(
        made(session, "Invented quarterly", Map.of("scope", "READ_WRITE", "lasts", "DAYS_90")),
        "READ_WRITE",
        today.plusDays(90));
    assertMade(
        made(session, "Invented yearly", Map.of("scope", "READ_ONLY", "lasts", "YEAR")),
        "READ_ONLY",
        today.plusYears(1));
    assertMade(made(session, "Invented chosen", dated("READ_WRITE", chosen)), "READ_WRITE", chosen);

    String page = session.get("/account").body();
    assertThat(ApiTokenTest.row(page, "Invented monthly"))
        .contains("Read only", today.plusDays(30).format(SHORT));
    assertThat(ApiTokenTest.row(page, "Invented chosen"))
        .contains("Read and write", chosen.format(SHORT), today.format(SHORT));
  }

  @Test
  void aTokenWithoutANameIsNotMade() {
    Refusal refusal = refused(Map.of("name", "  ", "scope", "READ_ONLY", "lasts", "DAYS_30"));
    refusal.says("name", "Enter a name for the token");
    refusal.checked("scope", "READ_ONLY");
  }

  @Test
  void aNameTooLongOrThatCannotBeStoredIsRefused() {
    refused(Map.of("name", "x".repeat(81), "scope", "READ_ONLY", "lasts", "DAYS_30"))
        .says("name", "The name must be 80 characters or fewer");
    refused(Map.of("name", "Invented\u0000feed", "scope", "READ_ONLY", "lasts", "DAYS_30"))
        .says("name", "Remove the invisible control character from the name");
  }

  @Test
  void aTokenWithoutAScopeIsNotMadeAndItsNameIsKept() {
    Refusal refusal = refused(Map.of("name", "Invented reporting", "lasts", "YEAR"));
    refusal.says("scope", "Select what the token can do");
    assertThat(refusal.input("name")).contains("value=\"Invented reporting\"");
    refusal.checked("lasts", "YEAR");
  }

  @Test
  void aLastDayInThePastOrTodayIsRefusedKeepingWhatWasTyped() {
    LocalDate yesterday = clock.today().minusDays(1);
    Refusal refusal = refused(named(dated("READ_ONLY", yesterday)));
    refusal.says("lastDay", "The last day the token works must be in the future");
    refusal.keeps(yesterday);
    refused(named(dated("READ_ONLY", clock.today())))
        .says("lastDay", "The last day the token works must be in the future");
  }

  @Test
  void aLastDayMoreThanAYearAheadIsRefused() {
    LocalDate latest = clock.today().plusYears(1);
    Refusal refusal = refused(named(dated("READ_WRITE", latest.plusDays(1))));
    refusal.says(
        "lastDay", "The last day the token works must be on or before " + latest.format(LONG));
    refusal.keeps(latest.plusDays(1));
  }

  @Test
  void aLastDayThatIsNoDateIsRefused() {
    Map<String, String> form = named(dated("READ_WRITE", clock.today()));
    form.put("lastDay.day", "31");
    form.put("lastDay.month", "2");
    refused(form).says("lastDay", "The last day the token works must be a real date");
    form.put("lastDay.day", "");
    form.put("lastDay.month", "");
    form.put("lastDay.year", "");
    refused(form).says("lastDay", "Enter the last day the token works");
  }

  // --- helpers ---

  /** The token is stored with this scope, works to the end of this day, and works now. */
  private void assertMade(String token, String scope, LocalDate lastDay) {
    assertThat(
            jdbc.sql("SELECT scope FROM api_token WHERE token_hash = :hash")
                .param("hash", ApiTokens.hash(token))
                .query(String.class)
                .single())
        .isEqualTo(scope);
    OffsetDateTime expires =
        jdbc.sql("SELECT expires_at FROM api_token WHERE token_hash = :hash")
            .param("hash", ApiTokens.hash(token))
            .query(OffsetDateTime.class)
            .single();
    assertThat(expires).isAtSameInstantAs(ServiceClock.startOf(lastDay.plusDays(1)));
    assertThat(apiGet(token, "/api/v1/areas").statusCode()).isEqualTo(200);
  }

  private String made(PageSession session, String name, Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.put("name", name);
    form.put("_csrf", session.csrf("/account"));
    HttpResponse<String> created = session.post("/account/tokens", form);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
    Matcher shown = NEW_TOKEN.matcher(session.get("/account").body());
    assertThat(shown.find()).as("the new token, shown once").isTrue();
    return shown.group(1);
  }

  private record Refusal(String page) {
    /** The message is beside the field and in the summary, linking to it. */
    void says(String field, String message) {
      assertThat(page).contains("id=\"" + field + "-error\"");
      String beside = page.substring(page.indexOf("id=\"" + field + "-error\""));
      assertThat(beside.substring(0, beside.indexOf("</p>"))).contains(message);
      assertThat(page).contains("<a href=\"#" + field + "\">" + message + "</a>");
    }

    void keeps(LocalDate typed) {
      assertThat(input("lastDay.day")).contains("value=\"" + typed.getDayOfMonth() + "\"");
      assertThat(input("lastDay.month")).contains("value=\"" + typed.getMonthValue() + "\"");
      assertThat(input("lastDay.year")).contains("value=\"" + typed.getYear() + "\"");
      checked("lasts", "DATE");
    }

    void checked(String name, String value) {
      assertThat(input(name, value)).as(name + " " + value).contains("checked");
    }

    /** The input of this name (and value, for a radio), as the page has it. */
    String input(String name, String... value) {
      Matcher inputs = Pattern.compile("<input[^>]*>").matcher(page);
      while (inputs.find()) {
        String input = inputs.group();
        if (input.contains("name=\"" + name + "\"")
            && (value.length == 0 || input.contains("value=\"" + value[0] + "\""))) {
          return input;
        }
      }
      throw new AssertionError("No input " + name + " in the page");
    }
  }

  /** Posts the form as a new worker, who then has only the token their test area gave them. */
  private Refusal refused(Map<String, String> fields) {
    TestArea.User worker = newArea().user(Role.PERPETRATOR_WORKER);
    PageSession session = signedIn(worker);
    Map<String, String> form = new HashMap<>(fields);
    form.put("_csrf", session.csrf("/account"));
    HttpResponse<String> answer = session.post("/account/tokens", form);
    assertThat(answer.statusCode()).as("the form shown again").isEqualTo(200);
    assertThat(
            jdbc.sql("SELECT count(*) FROM api_token WHERE user_id = :id")
                .param("id", worker.id())
                .query(Long.class)
                .single())
        .as("no token made")
        .isEqualTo(1);
    return new Refusal(answer.body());
  }

  private static Map<String, String> named(Map<String, String> fields) {
    Map<String, String> form = new HashMap<>(fields);
    form.put("name", "Invented integration");
    return form;
  }

  private static Map<String, String> dated(String scope, LocalDate day) {
    Map<String, String> form = new HashMap<>();
    form.put("scope", scope);
    form.put("lasts", "DATE");
    form.put("lastDay.day", String.valueOf(day.getDayOfMonth()));
    form.put("lastDay.month", String.valueOf(day.getMonthValue()));
    form.put("lastDay.year", String.valueOf(day.getYear()));
    return form;
  }
}
