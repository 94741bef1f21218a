package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.access.Role;

/**
 * The share form refuses her details dressed up to get past a plain search (a look-alike letter,
 * dots between letters, her street without its number, her safe contact times): the refusal sits
 * beside the field, names the kind of detail without repeating it, keeps what was typed, and
 * nothing reaches the timeline.
 */
class SharingPageTest extends TandemTest {

  private static final Pattern PARTNER_ID = Pattern.compile("\"id\":(\\d+),\"relationship\"");

  @Test
  void herDetailsInDisguiseAreRefusedBesideTheFieldKeepingWhatWasTyped() {
    TestArea area = newArea();
    String reference = newCase(area);
    Matcher id =
        PARTNER_ID.matcher(
            apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), "/api/v1/cases/" + reference).body());
    assertThat(id.find()).isTrue();
    String share = "/cases/" + reference + "/partners/" + id.group(1) + "/share";
    PageSession worker = signedIn(area.user(Role.PARTNER_SUPPORT_WORKER));
    // Her name with a Cyrillic і, her street without its number, her safe contact times.
    String typed = "Ms Test\u0456ngton says he waits on Imaginary Lane, weekdays after 10am";

    HttpResponse<String> refused =
        worker.post(
            share,
            Map.of(
                "_csrf", worker.csrf(share),
                "occurredOn.day", String.valueOf(clock.today().getDayOfMonth()),
                "occurredOn.month", String.valueOf(clock.today().getMonthValue()),
                "occurredOn.year", String.valueOf(clock.today().getYear()),
                "summary", typed));

    assertThat(refused.statusCode()).as(refused.body()).isBetween(200, 499).isNotEqualTo(302);
    Document page = Jsoup.parse(refused.body());
    Element field = page.getElementById("summary");
    assertThat(field).as("the summary field").isNotNull();
    assertThat(field.text()).as("what was typed is kept").isEqualTo(typed);
    Element group = field.closest(".govuk-form-group");
    assertThat(group.hasClass("govuk-form-group--error")).isTrue();
    assertThat(group.select(".govuk-error-message").text())
        .contains("Take out her name, her address and her safe contact times");
    assertThat(page.select(".govuk-error-summary").text())
        .as("the refusal names the kinds of detail, never the detail")
        .doesNotContain("Imaginary")
        .doesNotContain("10am");
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM risk_event e JOIN referral r ON r.id = e.referral_id"
                        + " WHERE r.reference = :ref AND e.kind = 'PARTNER_REPORT'")
                .param("ref", reference)
                .query(Long.class)
                .single())
        .as("nothing was shared")
        .isZero();
  }
}
