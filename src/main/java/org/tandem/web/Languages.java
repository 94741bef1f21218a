package org.tandem.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The languages Tandem's pages, PDFs and messages are offered in: this list is the one place a
 * language is switched on (docs/community-languages.md). English is first and is what anyone gets
 * until they choose. English is British English, so dates and numbers read as they always have.
 */
public final class Languages {

  public static final Locale ENGLISH = Locale.UK;
  public static final Locale WELSH = Locale.forLanguageTag("cy");

  /** The request parameter that switches a page's language: {@code ?lang=cy}. */
  public static final String PARAMETER = "lang";

  /**
   * The order of the interceptor that switches the language: before any interceptor that acts on
   * the language chosen (the one keeping it on the person's account, in access).
   */
  public static final int SWITCH_ORDER = -10;

  /** Every language offered, in the order the switcher lists them. */
  public static final List<Locale> SUPPORTED = List.of(ENGLISH, WELSH);

  /** Languages written right to left, of those a service in the UK might offer. */
  private static final Set<String> RIGHT_TO_LEFT =
      Set.of("ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi");

  private Languages() {}

  /** Whether this language is written right to left. */
  public static boolean rightToLeft(Locale language) {
    return RIGHT_TO_LEFT.contains(language.getLanguage());
  }

  /** The offered language a tag such as "cy" or "en" names, or empty for any other. */
  public static Optional<Locale> of(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag)).findFirst();
  }

  /**
   * The language this request's address asks for with {@code ?lang=}, if it names an offered one.
   * Only the address is read, never the body: reading a form's parameters would make Tomcat parse a
   * body the size limit has already refused (its 413 page would become a 400).
   */
  public static Optional<Locale> asked(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return Optional.empty();
    }
    return Arrays.stream(query.split("&"))
        .filter(p -> p.startsWith(PARAMETER + "="))
        .map(p -> URLDecoder.decode(p.substring(PARAMETER.length() + 1), StandardCharsets.UTF_8))
        .map(Languages::of)
        .flatMap(Optional::stream)
        .reduce((first, last) -> last);
  }

  /**
   * The language a request is answered in, read from the request itself by the rules the pages
   * follow ({@code ?lang=}, else the session's, else the cookie's, else English): for a servlet
   * filter, which answers before Spring MVC has settled the language, and where Spring's own
   * request locale is only the browser's Accept-Language.
   */
  public static Locale ofRequest(HttpServletRequest request) {
    return asked(request).orElseGet(() -> new LanguageResolver().resolveLocale(request));
  }

  /** The offered language nearest to this one: itself, or English. */
  public static Locale offered(Locale locale) {
    return locale == null ? ENGLISH : of(locale.getLanguage()).orElse(ENGLISH);
  }

  /**
   * The language of the request being served, or English outside a request (a scheduled job): never
   * the machine's own language.
   */
  public static Locale current() {
    LocaleContext context = LocaleContextHolder.getLocaleContext();
    return offered(context == null ? null : context.getLocale());
  }
}
