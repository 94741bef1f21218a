package org.tandem.journeys;

import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * A partner-support worker who works in Welsh: her tasks, a woman's record behind the wall, the
 * form to log a contact attempt with its problems, and finding a woman all read in Welsh and pass
 * the same axe scan as in English. A children's worker sees the children's page in Welsh, each
 * child named and the ladder summed up in Welsh, and a session form's problems in Welsh. The
 * language is asked for as a user asks for it ({@code ?lang=cy}) and as the browser says it ({@code
 * Accept-Language: cy}).
 */
class WelshPartnerSupportJourneyTest extends BrowserTest {

  @Test
  void herRecordAndItsFormsReadInWelsh() {
    Family family = newFamily(AReferral.in(area));
    String record = "/cases/" + family.reference() + "/partners/" + family.partner(0);

    signIn(Role.PARTNER_SUPPORT_WORKER);
    inWelsh();

    page.navigate("/partner-support/tasks?lang=cy");
    expect(page.locator("h1")).hasText("Tasgau cymorth i bartneriaid");
    assertAccessible();

    page.navigate(record + "?lang=cy");
    expect(page).hasTitle(Pattern.compile("^Ei chofnod, .* – Tandem$"));
    expect(page.locator("main")).containsText("Y tu ôl i'r wal gyfrinachedd.");
    expect(page.locator("main")).containsText("Manylion cyswllt a dymuniadau");
    assertAccessible();

    page.navigate(record + "/attempts/new?lang=cy");
    expect(page.locator("h1")).hasText("Cofnodi ymgais i gysylltu");
    assertAccessible();
    follow(button(page, "Cadw'r ymgais"));
    expect(errorSummary(page)).containsText("Dewiswch sut wnaethoch chi geisio cysylltu â hi");
    expect(errorSummary(page)).containsText("Dewiswch beth oedd canlyniad yr ymgais");
    assertAccessible();

    page.navigate("/partner-support/find?lang=cy");
    expect(page.locator("h1")).hasText("Dod o hyd i fenyw");
    field(page, "Ei rhif ffôn").fill("900871");
    follow(button(page, "Chwilio amdani"));
    expect(errorSummary(page))
        .containsText("Rhowch ei rhif ffôn cyfan, fel 07700 900123 neu +44 7700 900123");
    expect(field(page, "Ei rhif ffôn")).hasValue("900871");
    assertAccessible();
  }

  @Test
  void theChildrensPageNamesEachChildInWelsh() {
    Family family = newFamily(AReferral.in(area).withoutChildren().andChild(7, "CHILD_IN_NEED"));

    signIn(Role.CHILDRENS_WORKER);
    inWelsh();
    page.navigate("/cases/" + family.reference() + "/children?lang=cy");
    expect(page.locator("h1")).containsText("Gwaith gyda phlant");
    expect(page.locator("h2#child-" + family.child(0) + "-name")).hasText("Kit, 7 oed");
    expect(page.locator("#child-" + family.child(0) + "-ladder"))
        .containsText("Dim darlleniadau eto");
    assertAccessible();

    page.navigate(
        "/cases/" + family.reference() + "/children/" + family.child(0) + "/sessions/new?lang=cy");
    expect(page.locator("h1")).hasText("Cofnodi sesiwn");
    expect(page.locator("main")).containsText("Kit, 7 oed");
    follow(button(page, "Cadw'r sesiwn"));
    expect(errorSummary(page))
        .containsText("Rhowch faint o amser a gymerodd y sesiwn, mewn munudau");
    expect(errorSummary(page)).containsText("Dewiswch y math o sesiwn");
    assertAccessible();
  }

  /** Every request from now on asks for Welsh, as a browser set to Welsh does. */
  private void inWelsh() {
    page.setExtraHTTPHeaders(Map.of("Accept-Language", "cy"));
  }
}
