package org.tandem.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The language switcher's entries for the page being drawn, following the GOV.UK (HMRC) pattern:
 * each offered language named in itself ("Cymraeg"), the page's own one not a link, each other a
 * link to this same page and query in that language, with hidden words for screen readers saying
 * what it does, in the page's language and in the language it switches to.
 */
public final class LanguageLinks {

  private final MessageSource messages;
  private final Locale page;

  LanguageLinks(MessageSource messages, Locale page) {
    this.messages = messages;
    this.page = Languages.offered(page);
  }

  /** One entry of the switcher. */
  public record Link(
      String tag, String name, boolean current, String href, String hereSays, String thereSays) {

    /** Whether the hidden words need saying twice: the page is in another language. */
    public boolean saidInBoth() {
      return !hereSays.equals(thereSays);
    }
  }

  /** The page's language tag, for {@code <html lang>}. */
  public String tag() {
    return page.getLanguage();
  }

  /**
   * The page's direction, for {@code <html dir>}: "rtl" for a language written right to left (Urdu,
   * Arabic...), should one be offered; GOV.UK Frontend's styles are not mirrored for it, though
   * (docs/community-languages.md).
   */
  public String direction() {
    return Languages.rightToLeft(page) ? "rtl" : "ltr";
  }

  public List<Link> links() {
    String path = path();
    return Languages.SUPPORTED.stream()
        .map(
            l ->
                new Link(
                    l.getLanguage(),
                    messages.getMessage("language.name", null, l),
                    l.getLanguage().equals(page.getLanguage()),
                    path == null ? null : path + "?" + query(l),
                    messages.getMessage("language.changeTo." + l.getLanguage(), null, page),
                    messages.getMessage("language.changeTo." + l.getLanguage(), null, l)))
        .toList();
  }

  /**
   * The address of the page asked for, with one leading slash, so a link can never point at another
   * site; empty on an error page (a link of only a query stays on the address that failed); null
   * outside a request.
   */
  private static String path() {
    HttpServletRequest request = request();
    if (request == null) {
      return null;
    }
    if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
      // Only the query: the browser keeps the address that failed, and the page never repeats an
      // address someone made up.
      return "";
    }
    return "/" + request.getRequestURI().replaceFirst("^/+", "");
  }

  /** This request's query without any language in it, and then the language asked for. */
  private static String query(Locale language) {
    HttpServletRequest request = request();
    String query =
        request == null || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null
            ? null
            : request.getQueryString();
    Stream<String> kept =
        query == null
            ? Stream.empty()
            : Arrays.stream(query.split("&"))
                .filter(p -> !p.isEmpty())
                .filter(p -> !p.equals(Languages.PARAMETER))
                .filter(p -> !p.startsWith(Languages.PARAMETER + "="));
    return Stream.concat(kept, Stream.of(Languages.PARAMETER + "=" + language.getLanguage()))
        .collect(Collectors.joining("&"));
  }

  private static HttpServletRequest request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest()
        : null;
  }
}
