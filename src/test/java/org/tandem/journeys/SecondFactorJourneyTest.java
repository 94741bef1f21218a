package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.TestArea;
import org.tandem.TestCodes;
import org.tandem.access.Role;
import org.tandem.access.SecondFactors;

/**
 * Signing in with a code from an authenticator app, setting one up from the account page with its
 * QR code, and the administrator's page of roles that must use one, each page scanned by axe.
 */
class SecondFactorJourneyTest extends BrowserTest {

  @Autowired SecondFactors factors;

  @Test
  void signingInWithACodeFromTheApp() {
    TestArea.User worker = area.user(Role.PARTNER_SUPPORT_WORKER);
    String secret = factors.newSecret();
    factors.enrolWithoutConfirming(worker.id(), secret);

    page.navigate("/sign-in");
    field(page, "Username").fill(worker.username());
    field(page, "Password").fill(worker.password());
    follow(button(page, "Sign in"));

    expect(page.locator("h1")).hasText("Enter the code from your authenticator app");
    expect(button(page, "Sign out")).hasCount(0);
    assertAccessible();

    follow(button(page, "Continue"));
    expect(errorSummary(page)).containsText("Enter the code from your authenticator app");
    expect(field(page, "Code"))
        .hasAccessibleDescription(
            "The 6-digit code from your app, or one of your recovery codes"
                + " Error: Enter the code from your authenticator app");
    assertAccessible();

    field(page, "Code").fill(TestCodes.now(secret));
    follow(button(page, "Continue"));

    assertThat(page.url()).doesNotContain("/sign-in");
    expect(button(page, "Sign out")).isVisible();
    expect(link(page, worker.displayName())).isVisible();
  }

  @Test
  void settingUpAnAuthenticatorFromTheAccountPage() {
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    signIn(worker);
    follow(link(page, worker.displayName()));
    expect(page.locator("#two-factor-status")).containsText("Off");
    follow(button(page, "Set up an authenticator app"));

    expect(page.locator("h1")).hasText("Set up your authenticator app");
    expect(page.locator("#qr-code")).isVisible();
    assertAccessible();
    String secret = page.locator("#secret").innerText().replace(" ", "");

    field(page, "Code from your app").fill("000");
    follow(button(page, "Confirm and turn on"));
    expect(errorSummary(page)).containsText("The code is not right");
    expect(field(page, "Code from your app")).hasValue("000");
    assertAccessible();

    field(page, "Code from your app").fill(TestCodes.now(secret));
    follow(button(page, "Confirm and turn on"));

    expect(page.locator("h1")).hasText("Your recovery codes");
    expect(page.locator("#recovery-codes li")).hasCount(10);
    assertAccessible();
    follow(button(page, "I have saved my recovery codes"));
    follow(link(page, worker.displayName()));
    expect(page.locator("#two-factor-status")).containsText("On");
    expect(page.locator("#recovery-codes-made")).containsText("10 unused");
    assertAccessible();
  }

  @Test
  void aRoleThatMustUseItSetsItUpStraightAfterThePassword() {
    Set<Role> before = factors.requiredRoles();
    try {
      factors.require(List.of(Role.INTAKE));
      TestArea.User worker = area.user(Role.INTAKE);
      page.navigate("/sign-in");
      field(page, "Username").fill(worker.username());
      field(page, "Password").fill(worker.password());
      follow(button(page, "Sign in"));

      expect(page.locator("h1")).hasText("Set up your authenticator app");
      expect(page.locator("main")).containsText("Your role must use two-factor authentication");
      expect(button(page, "Sign out")).hasCount(0);
      assertAccessible();
      String secret = page.locator("#secret").innerText().replace(" ", "");
      field(page, "Code from your app").fill(TestCodes.now(secret));
      follow(button(page, "Confirm and turn on"));

      expect(page.locator("h1")).hasText("Your recovery codes");
      expect(button(page, "Sign out")).isVisible();
      assertAccessible();
    } finally {
      factors.require(before);
    }
  }

  @Test
  void theAdministratorChoosesTheRolesThatMustUseIt() {
    Set<Role> before = factors.requiredRoles();
    try {
      signIn(area.user(Role.SYSTEM_ADMINISTRATOR));
      page.navigate("/admin/users");
      follow(link(page, "Two-factor authentication"));
      expect(page.locator("h1")).hasText("Which roles must use two-factor authentication");
      assertAccessible();

      page.getByLabel("Commissioner").check();
      follow(button(page, "Save"));

      expect(page.locator(".govuk-notification-banner"))
          .containsText("The roles that must use two-factor authentication have been saved");
      expect(page.getByLabel("Commissioner")).isChecked();
      assertAccessible();
      assertThat(factors.requiredRoles()).contains(Role.COMMISSIONER);
    } finally {
      factors.require(before);
    }
    assertThat(factors.requiredRoles()).isEqualTo(before);
    assertThat(List.copyOf(before)).doesNotContain(Role.COMMISSIONER);
  }
}
