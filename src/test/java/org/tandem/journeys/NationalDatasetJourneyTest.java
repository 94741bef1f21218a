package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.outcomes.Pseudonyms;

/**
 * A service manager downloads the national dataset: opens the page, types a date that does not
 * exist, sees the message beside it with what was typed kept, corrects it and downloads the CSV,
 * whose header and rows are what national collection expects.
 */
class NationalDatasetJourneyTest extends BrowserTest {

  @Test
  void aManagerCorrectsADateAndDownloadsTheCsv() throws IOException {
    LocalDate today = clock.today();
    String code = area.code();
    String reference = newCase(area);

    signIn(Role.SERVICE_MANAGER);
    page.navigate("/outcomes/national-dataset");
    expect(page.locator("h1")).hasText("Anonymised national dataset");
    assertAccessible();

    field(page, "Area")
        .selectOption(new SelectOption().setLabel(area.area().name() + " (" + code + ")"));
    Locator from = group(page, "Referred on or after");
    field(from, "Day").fill("31");
    field(from, "Month").fill("2");
    field(from, "Year").fill(String.valueOf(today.getYear()));
    Locator to = group(page, "Referred on or before");
    field(to, "Day").fill(String.valueOf(today.getDayOfMonth()));
    field(to, "Month").fill(String.valueOf(today.getMonthValue()));
    field(to, "Year").fill(String.valueOf(today.getYear()));
    follow(button(page, "Download CSV"));

    expect(errorSummary(page)).containsText("The first referral date must be a real date");
    expect(page.locator("#from-error")).containsText("The first referral date must be a real date");
    expect(field(group(page, "Referred on or after"), "Day")).hasValue("31");
    expect(field(group(page, "Referred on or after"), "Month")).hasValue("2");
    expect(field(group(page, "Referred on or before"), "Day"))
        .hasValue(String.valueOf(today.getDayOfMonth()));
    expect(field(page, "Area")).hasValue(code);
    assertAccessible();

    LocalDate weekAgo = today.minusDays(7);
    from = group(page, "Referred on or after");
    field(from, "Day").fill(String.valueOf(weekAgo.getDayOfMonth()));
    field(from, "Month").fill(String.valueOf(weekAgo.getMonthValue()));
    field(from, "Year").fill(String.valueOf(weekAgo.getYear()));
    Download download = page.waitForDownload(() -> button(page, "Download CSV").click());

    assertThat(download.suggestedFilename())
        .isEqualTo("national-dataset-" + code + "-" + weekAgo + "-to-" + today + ".csv");
    List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).startsWith("pseudonym,area_code,referral_quarter,referral_source,");
    assertThat(lines.subList(1, lines.size()))
        .isNotEmpty()
        .allMatch(l -> l.matches("^P-[0-9a-f]{16}," + code + ",\\d{4}-Q[1-4],.*"));
    String secret =
        jdbc.sql("SELECT secret FROM dataset_key WHERE id = 1").query(String.class).single();
    assertThat(lines).anyMatch(l -> l.startsWith(new Pseudonyms(secret).of(reference) + ","));
    assertThat(String.join("\n", lines)).doesNotContain(reference).doesNotContain("Mctestface");
  }
}
