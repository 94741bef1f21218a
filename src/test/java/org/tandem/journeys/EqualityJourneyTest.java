package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;

import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * A partner-support worker records a woman's equality monitoring answers from her record: every
 * question as radios with "Prefer not to say" and "Not asked yet", the answers saved and shown
 * chosen when the page is opened again, one taken back to not asked; the page passes the axe scan
 * in English and in Welsh.
 */
class EqualityJourneyTest extends BrowserTest {

  @Test
  void herAnswersAreRecordedFromHerRecordAndOneIsTakenBackToNotAsked() {
    Family family = newFamily(AReferral.in(area));
    String record = "/cases/" + family.reference() + "/partners/" + family.partner(0);

    signIn(Role.PARTNER_SUPPORT_WORKER);
    page.navigate(record);
    follow(link(page, "Record her equality monitoring answers"));
    expect(page.locator("h1")).hasText("Equality monitoring");
    expect(field(group(page, "What is her ethnic group?"), "Not asked yet")).isChecked();
    assertAccessible();

    field(group(page, "What is her ethnic group?"), "Mixed or multiple ethnic groups").check();
    field(group(page, "What is her sex?"), "Female").check();
    field(
            group(page, "Which of the following best describes her sexual orientation?"),
            "Prefer not to say")
        .check();
    field(group(page, "Does she consider herself to be disabled?"), "Yes").check();
    field(group(page, "How old is she?"), "16 to 17").check();
    follow(button(page, "Save her answers"));
    expect(page.locator("main")).containsText("Her equality monitoring answers saved");

    follow(link(page, "Record her equality monitoring answers"));
    expect(field(group(page, "What is her ethnic group?"), "Mixed or multiple ethnic groups"))
        .isChecked();
    expect(
            field(
                group(page, "Which of the following best describes her sexual orientation?"),
                "Prefer not to say"))
        .isChecked();
    expect(
            field(
                group(
                    page,
                    "Is the gender she identifies with the same as her sex registered at birth?"),
                "Not asked yet"))
        .isChecked();
    field(group(page, "Does she consider herself to be disabled?"), "Not asked yet").check();
    follow(button(page, "Save her answers"));
    follow(link(page, "Record her equality monitoring answers"));
    expect(field(group(page, "Does she consider herself to be disabled?"), "Not asked yet"))
        .isChecked();
    expect(field(group(page, "How old is she?"), "16 to 17")).isChecked();

    page.navigate(record + "/equality?lang=cy");
    expect(page.locator("h1")).hasText("Monitro cydraddoldeb");
    expect(field(group(page, "Beth yw ei grŵp ethnig?"), "Grwpiau cymysg neu aml-ethnig"))
        .isChecked();
    assertAccessible();
  }
}
