package org.tandem.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.tandem.web.Languages;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A filter's problem is in the language the pages would speak to the same request: the address's
 * {@code ?lang=}, else the cookie's, else English; the browser's Accept-Language alone chooses
 * nothing, as it chooses nothing for a page. Whatever the words, the body is well-formed JSON.
 */
class ProblemsTest {

  private static final JsonMapper JSON = new JsonMapper();

  private final Problems problems = new Problems(messages());

  private static StaticMessageSource messages() {
    StaticMessageSource messages = new StaticMessageSource();
    messages.addMessage("t", Languages.ENGLISH, "Invented title");
    messages.addMessage("t", Languages.WELSH, "Teitl dychmygol");
    messages.addMessage("d", Languages.ENGLISH, "Send it as \"Bearer <token>\", C:\\ not needed.");
    messages.addMessage("d", Languages.WELSH, "Manylyn dychmygol");
    return messages;
  }

  @Test
  void theCookieOrTheAddressChoosesTheLanguage() throws Exception {
    MockHttpServletRequest cookie = request();
    cookie.setCookies(new Cookie("tandem-language", "cy"));
    assertThat(written(cookie).get("title").asString()).isEqualTo("Teitl dychmygol");

    MockHttpServletRequest address = request();
    address.setQueryString("lang=cy");
    assertThat(written(address).get("detail").asString()).isEqualTo("Manylyn dychmygol");

    MockHttpServletRequest switchedBack = request();
    switchedBack.setCookies(new Cookie("tandem-language", "cy"));
    switchedBack.setQueryString("lang=en");
    assertThat(written(switchedBack).get("title").asString()).isEqualTo("Invented title");
  }

  @Test
  void theBrowsersLanguageAloneLeavesItEnglishAsItWouldAPage() throws Exception {
    MockHttpServletRequest browser = request();
    browser.addHeader("Accept-Language", "cy");
    browser.setPreferredLocales(List.of(Locale.forLanguageTag("cy")));
    JsonNode problem = written(browser);
    assertThat(problem.get("title").asString()).isEqualTo("Invented title");
    assertThat(problem.get("detail").asString())
        .isEqualTo("Send it as \"Bearer <token>\", C:\\ not needed.");
    assertThat(problem.get("status").asInt()).isEqualTo(401);
    assertThat(problem.get("type").asString()).isEqualTo("about:blank");
  }

  private static MockHttpServletRequest request() {
    return new MockHttpServletRequest("GET", "/api/v1/areas");
  }

  private JsonNode written(MockHttpServletRequest request) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    problems.write(request, response, HttpStatus.UNAUTHORIZED, "t", "d");
    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    return JSON.readTree(response.getContentAsString());
  }
}
