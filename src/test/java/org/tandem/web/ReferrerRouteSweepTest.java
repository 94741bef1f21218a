package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * A referrer works for an outside agency: of Tandem they reach their own referrals, their account
 * and sign-out, and nothing of the service's own. Signed in as a referrer whose area holds a case,
 * every GET route of the application is asked for, its path filled with that case, that area and
 * ids that exist; each must answer 403 or 404 but the referrer's own. Routes are found from Spring
 * MVC, so a page added later is swept too.
 */
class ReferrerRouteSweepTest extends TandemTest {

  /** What a referrer may open: their own pages, their account, signing in and out, errors. */
  private static final Pattern OWN =
      Pattern.compile(
          "^/(referrer(/.*)?|api/v1/referrer/.*|account(/.*)?|sign-in(/.*)?|sign-out|error(/.*)?"
              + "|invitation/.*)?$");

  private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mapping;

  @Test
  void aReferrerReachesNothingButTheirOwnPages() {
    TestArea area = newArea();
    String reference = newFamily(area).reference();
    TestArea.User referrer = area.user(Role.REFERRER);
    PageSession session = signedIn(referrer);

    List<String> reached = new ArrayList<>();
    int asked = 0;
    for (FuzzEndpoints.Endpoint endpoint : FuzzEndpoints.of(mapping)) {
      if (endpoint.changes() || OWN.matcher(endpoint.pattern()).matches()) {
        continue;
      }
      // Every parameter a handler requires is given, so a refusal is not a 400 for a missing one.
      String path = filled(endpoint.pattern(), reference, area) + query(endpoint, area);
      int status;
      if (endpoint.api()) {
        status = apiGetBytes(referrer.token(), path).statusCode();
      } else {
        HttpResponse<byte[]> page = session.getBytes(path);
        status = page.statusCode();
      }
      asked++;
      if (status != 403 && status != 404) {
        reached.add(endpoint + " as " + path + " -> " + status);
      }
    }
    assertThat(asked).as("GET routes asked for").isGreaterThan(150);
    assertThat(reached).as("service routes a referrer reached").isEmpty();
  }

  @Test
  void aReferrerStartsOnTheirReferrals() {
    TestArea area = newArea();
    PageSession session = signedIn(area.user(Role.REFERRER));
    HttpResponse<String> home = session.get("/");
    assertThat(home.statusCode()).isEqualTo(302);
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/referrer/referrals"));
  }

  private static String query(FuzzEndpoints.Endpoint endpoint, TestArea area) {
    StringBuilder query = new StringBuilder();
    for (FuzzEndpoints.FieldOf param : endpoint.params()) {
      if (param.type() instanceof Class<?> c && c.isEnum()) {
        query.append(query.isEmpty() ? '?' : '&').append(param.name()).append('=');
        query.append(((Enum<?>) c.getEnumConstants()[0]).name());
        continue;
      }
      String value =
          switch (param.type().getTypeName()) {
            case "java.time.LocalDate" -> clock.today().toString();
            case "java.time.YearMonth" -> clock.today().toString().substring(0, 7);
            case "int", "long", "java.lang.Integer", "java.lang.Long" -> "1";
            default -> param.name().toLowerCase().contains("area") ? area.code() : "1";
          };
      query.append(query.isEmpty() ? '?' : '&').append(param.name()).append('=').append(value);
    }
    return query.toString();
  }

  /** The pattern with a real case, its area and ids that exist, so that a 404 is not a miss. */
  private static String filled(String pattern, String reference, TestArea area) {
    Matcher m = VARIABLE.matcher(pattern);
    StringBuilder path = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value =
          switch (name) {
            case "reference" -> reference;
            case "code", "areaCode" -> area.code();
            case "areaId" -> Long.toString(area.id());
            default -> "1";
          };
      m.appendReplacement(path, Matcher.quoteReplacement(value));
    }
    m.appendTail(path);
    return path.toString();
  }
}
