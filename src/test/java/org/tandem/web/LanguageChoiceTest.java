package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * Choosing Welsh or English with {@code ?lang=} on any page: remembered in a cookie for a visitor,
 * kept on a signed-in person's account so that it follows them to another device, switched back,
 * and anything but an offered language ignored, never an error.
 */
class LanguageChoiceTest extends TandemTest {

  @Test
  void theSignInPageInWelshSetsALongLivedCookieThePageCannotRead() {
    HttpResponse<String> page = new PageSession(baseUrl()).get("/sign-in?lang=cy");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"cy\"").contains("Mewngofnodi i Tandem");
    assertThat(page.body()).contains("<title>Mewngofnodi – Tandem</title>");
    String cookie = languageCookie(page);
    assertThat(cookie).startsWith("tandem-language=cy;").contains("HttpOnly", "SameSite=Lax");
    assertThat(cookie).containsPattern("Max-Age=\\d{8}");
  }

  @Test
  void behindTheCouncilsProxyOverHttpsTheCookieIsSecure() {
    HttpResponse<String> page =
        new PageSession(baseUrl()).get("/sign-in?lang=cy", "X-Forwarded-Proto", "https");

    assertThat(languageCookie(page)).startsWith("tandem-language=cy;").contains("Secure");
    assertThat(languageCookie(new PageSession(baseUrl()).get("/sign-in?lang=cy")))
        .as("over plain HTTP, as on a developer's machine")
        .doesNotContain("Secure");
  }

  @Test
  void aLanguageNotOfferedIsIgnored() {
    for (String asked : List.of("fr", "xx", "", "%3Cscript%3E", "de", "../../etc", "zz-ZZ")) {
      HttpResponse<String> page = new PageSession(baseUrl()).get("/sign-in?lang=" + asked);
      assertThat(page.statusCode()).as("lang=" + asked).isEqualTo(200);
      assertThat(page.body())
          .as("lang=" + asked)
          .contains("<html lang=\"en\"", "Sign in to Tandem");
      assertThat(languageCookie(page)).as("lang=" + asked).isNull();
    }
  }

  @Test
  void aSwitchWhileSignedInIsKeptOnTheAccountAndFollowsThemToANewSession() {
    TestArea.User worker = newArea().user(Role.PERPETRATOR_WORKER);
    PageSession first = signedIn(worker);
    assertThat(first.get("/account").body()).contains("<html lang=\"en\"", "Your account");
    assertThat(language(worker)).isNull();

    HttpResponse<String> welsh = first.get("/account?lang=cy");
    assertThat(welsh.body()).contains("<html lang=\"cy\"", "Eich cyfrif", "Allgofnodi");
    assertThat(language(worker)).isEqualTo("cy");

    // Another device: a new session, no cookie; the account's language is applied.
    PageSession second = signedIn(worker);
    assertThat(second.get("/account").body()).contains("<html lang=\"cy\"", "Eich cyfrif");

    // And back to English, kept too.
    HttpResponse<String> english = second.get("/account?lang=en");
    assertThat(english.body()).contains("<html lang=\"en\"", "Your account", "Sign out");
    assertThat(language(worker)).isEqualTo("en");
    assertThat(signedIn(worker).get("/account").body()).contains("Your account");
  }

  @Test
  void aLanguageChosenOnTheSignInPageIsKeptOnTheAccount() {
    TestArea.User manager = newArea().user(Role.SERVICE_MANAGER);
    PageSession session = new PageSession(baseUrl());
    assertThat(session.get("/sign-in?lang=cy").body()).contains("Mewngofnodi i Tandem");
    HttpResponse<String> signedIn = session.signIn(manager.username(), manager.password());
    assertThat(signedIn.statusCode()).isEqualTo(302);

    // This client keeps only the session cookie: the session carries the choice.
    assertThat(session.get("/account").body()).contains("<html lang=\"cy\"", "Eich cyfrif");
    assertThat(language(manager)).isEqualTo("cy");
  }

  @Test
  void theSwitcherLinksToThisSamePageAndQueryInTheOtherLanguage() {
    TestArea.User intake = newArea().user(Role.INTAKE);
    Document page = Jsoup.parse(signedIn(intake).get("/cases?page=2&lang=en&status=OPEN").body());

    Element switcher = page.selectFirst("header nav.tandem-language-select");
    assertThat(switcher).isNotNull();
    assertThat(switcher.select("[aria-current=true]").text()).isEqualTo("English");
    assertThat(switcher.select("a")).hasSize(1);
    Element welsh = switcher.selectFirst("a");
    assertThat(welsh.attr("href")).isEqualTo("/cases?page=2&status=OPEN&lang=cy");
    assertThat(welsh.attr("hreflang")).isEqualTo("cy");
    assertThat(welsh.attr("lang")).isEqualTo("cy");
    assertThat(welsh.select(".govuk-visually-hidden").text())
        .isEqualTo("Change the language to Welsh (Newid yr iaith i'r Gymraeg)");
    assertThat(welsh.select("[aria-hidden=true]").text()).isEqualTo("Cymraeg");
  }

  @Test
  void anErrorPageIsInTheChosenLanguageAndItsSwitcherStaysOnTheFailedAddressWithoutRepeatingIt() {
    TestArea.User intake = newArea().user(Role.INTAKE);
    HttpResponse<String> page = signedIn(intake).get("/cases/NOPE-9999?lang=cy");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("<html lang=\"cy\"", "Heb ddod o hyd i&#39;r dudalen");
    // A link of only a query: the browser stays on the address that failed, and the page does not
    // repeat an address someone made up (UnknownAddressTest).
    assertThat(Jsoup.parse(page.body()).select("nav.tandem-language-select a").attr("href"))
        .isEqualTo("?lang=en");
    assertThat(page.body()).doesNotContain("NOPE-9999");
  }

  private String language(TestArea.User user) {
    return jdbc.sql("SELECT language FROM app_user WHERE id = :id")
        .param("id", user.id())
        .query(String.class)
        .list()
        .get(0);
  }

  private static String languageCookie(HttpResponse<String> page) {
    return page.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("tandem-language="))
        .findFirst()
        .orElse(null);
  }
}
