package org.tandem.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.tandem.TestArea;
import org.tandem.TestData;
import org.tandem.access.Role;

/** A system administrator sets up a team and a colleague, who signs in and changes her password. */
class AdministrationJourneyTest extends BrowserTest {

  private void press(String name) {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true))
        .click();
  }

  @Test
  void administratorAddsATeamAndAUserWhoSignsInAndChangesHerPassword() {
    // Two areas of the test's own: her team covers the first, not the second.
    TestArea hers = newArea();
    TestArea notHers = newArea();
    String hersCase = newCase(hers);
    String notHersCase = newCase(notHers);
    String team = TestData.marker("Riverside outreach team ");
    String username = "r.fenwick." + hers.code().toLowerCase(java.util.Locale.ROOT);

    signIn(hers.user(Role.SYSTEM_ADMINISTRATOR));
    assertThat(page).hasURL(baseUrl() + "/admin/users");
    assertAccessible();

    page.navigate("/admin/teams");
    page.getByLabel("Name").fill(team);
    press("Add team");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one area");
    assertThat(page.getByLabel("Name")).hasValue(team);
    assertAccessible();
    page.getByLabel(hers.area().name()).check();
    press("Add team");
    assertThat(page.locator(".govuk-table")).containsText(team);
    assertAccessible();

    page.navigate("/admin/users");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Rosa Fenwick");
    page.getByLabel("Team")
        .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(team));
    page.getByLabel("First password").fill("short");
    press("Add user");
    assertThat(page.locator(".govuk-error-summary")).containsText("Select at least one role");
    assertThat(page.locator("#password-error")).containsText("at least 12 characters");
    assertThat(page.getByLabel("Username")).hasValue(username);
    assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)))
        .hasValue("Rosa Fenwick");
    assertAccessible();
    page.getByLabel("Partner-support worker").check();
    page.getByLabel("First password").fill("password1234");
    press("Add user");
    assertThat(page.locator("#password-error")).containsText("common password");
    assertThat(page.getByLabel("Username")).hasValue(username);
    assertAccessible();
    page.getByLabel("First password").fill("violet anchor tundra mosaic");
    press("Add user");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Account " + username + " created");
    assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(username)))
        .containsText(team);

    press("Sign out");
    page.navigate("/sign-in");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill("violet anchor tundra mosaic");
    press("Sign in");
    // Her team covers the one area only: its cases are hers, the other area's are not.
    page.navigate("/cases");
    assertThat(page.locator("table")).containsText(hersCase);
    assertThat(page.locator("table").textContent())
        .doesNotContain(notHers.code() + "-")
        .doesNotContain(notHersCase);

    page.navigate("/account");
    page.getByLabel("Current password").fill("violet anchor tundra mosaic");
    page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
        .fill("aaaaaaaaaaaa");
    page.getByLabel("New password again").fill("aaaaaaaaaaaa");
    press("Change password");
    assertThat(page.locator("#newPassword-error")).containsText("Repeats like");
    assertAccessible();
    page.getByLabel("Current password").fill("violet anchor tundra mosaic");
    page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
        .fill("quartz lantern ferry moss");
    page.getByLabel("New password again").fill("a different one entirely");
    press("Change password");
    assertThat(page.locator(".govuk-error-summary")).containsText("The passwords do not match");
    assertAccessible();
    page.getByLabel("Current password").fill("violet anchor tundra mosaic");
    page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
        .fill("quartz lantern ferry moss");
    page.getByLabel("New password again").fill("quartz lantern ferry moss");
    press("Change password");
    assertThat(page.locator(".govuk-notification-banner"))
        .containsText("Your password has been changed");

    press("Sign out");
    page.navigate("/sign-in");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill("quartz lantern ferry moss");
    press("Sign in");
    assertThat(page.url()).doesNotContain("/sign-in");
  }

  @Test
  void onlyTheAdministratorManagesUsers() {
    signIn(newArea().user(Role.SERVICE_MANAGER));
    page.navigate("/admin/users");
    assertThat(page.locator("h1")).hasText("You cannot see this page");
  }
}
