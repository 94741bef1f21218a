package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestArea;
import org.tandem.TestCodes;

/**
 * Setting up an authenticator from the account page and, for a role that must have one, straight
 * after the password; turning it off; and the administrator's choice of roles.
 */
class SecondFactorSetUpTest extends TandemTest {

  private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>");
  private static final Pattern QR =
      Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
  private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

  @Autowired SecondFactors factors;

  @Test
  void settingUpFromTheAccountPageNeedsACodeFromTheShownSecret() throws Exception {
    TestArea.User user = newArea().user(Role.INTAKE);
    PageSession browser = signedIn(user);
    assertThat(browser.get("/account").body())
        .contains("Two-factor authentication")
        .contains("Off");

    HttpResponse<String> setUp = browser.get("/account/two-factor");
    assertThat(setUp.statusCode()).isEqualTo(200);
    String secret = secretIn(setUp.body());
    assertThat(qrCodeIn(setUp.body()))
        .startsWith("otpauth://totp/Tandem:" + user.username() + "?secret=" + secret)
        .contains("issuer=Tandem");
    assertThat(secretIn(browser.get("/account/two-factor").body()))
        .as("the same secret until it is confirmed")
        .isEqualTo(secret);

    HttpResponse<String> wrong =
        browser.post(
            "/account/two-factor", Map.of("code", "abc", "_csrf", PageSession.csrf(setUp)));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("The code is not right").contains("govuk-error-summary");
    assertThat(factors.enrolled(user.id()))
        .as("nothing takes effect before a right code")
        .isFalse();

    HttpResponse<String> confirmed =
        browser.post(
            "/account/two-factor",
            Map.of("code", TestCodes.now(secret), "_csrf", PageSession.csrf(setUp)));
    assertThat(confirmed.statusCode()).isEqualTo(302);
    assertThat(location(confirmed)).endsWith("/account/two-factor/recovery-codes");
    assertThat(
            jdbc.sql("SELECT totp_secret FROM app_user WHERE id = :id")
                .param("id", user.id())
                .query(String.class)
                .single())
        .as("the secret is stored sealed with the data key, not as it was shown")
        .startsWith("enc:v1:")
        .doesNotContain(secret);
    List<String> codes = recoveryCodesIn(browser.get("/account/two-factor/recovery-codes").body());
    assertThat(codes).hasSize(10);
    assertThat(location(browser.get("/account/two-factor/recovery-codes")))
        .as("shown once only")
        .endsWith("/account");
    HttpResponse<String> account = browser.get("/account");
    assertThat(account.body()).contains("On").contains("10 unused");
    HttpResponse<String> remade =
        browser.post(
            "/account/two-factor/recovery-codes", Map.of("_csrf", PageSession.csrf(account)));
    assertThat(location(remade)).endsWith("/account/two-factor/recovery-codes");
    assertThat(recoveryCodesIn(browser.get("/account/two-factor/recovery-codes").body()))
        .as("new codes, none of the old")
        .hasSize(10)
        .doesNotContainAnyElementsOf(codes);

    PageSession next = new PageSession(baseUrl());
    assertThat(location(next.signIn(user.username(), user.password()))).endsWith("/sign-in/code");
    HttpResponse<String> second =
        next.post(
            "/sign-in/code",
            Map.of(
                "code",
                TestCodes.at(secret, clock.instant().plusSeconds(30)),
                "_csrf",
                next.csrf("/sign-in/code")));
    assertThat(location(second)).doesNotContain("/sign-in");
  }

  @Test
  void turningItOffNeedsACurrentCode() {
    TestArea.User user = newArea().user(Role.CHILDRENS_WORKER);
    String secret = factors.newSecret();
    factors.enrolWithoutConfirming(user.id(), secret);
    PageSession browser = new PageSession(baseUrl());
    browser.signIn(user.username(), user.password());
    browser.post(
        "/sign-in/code",
        Map.of("code", TestCodes.now(secret), "_csrf", browser.csrf("/sign-in/code")));
    HttpResponse<String> offPage = browser.get("/account/two-factor/off");
    assertThat(offPage.statusCode()).isEqualTo(200);

    HttpResponse<String> refused =
        browser.post(
            "/account/two-factor/off", Map.of("code", "", "_csrf", PageSession.csrf(offPage)));
    assertThat(refused.body()).contains("Enter the code from your authenticator app");
    assertThat(factors.enrolled(user.id())).isTrue();

    HttpResponse<String> off =
        browser.post(
            "/account/two-factor/off",
            Map.of(
                "code",
                TestCodes.at(secret, clock.instant().plusSeconds(30)),
                "_csrf",
                PageSession.csrf(offPage)));
    assertThat(location(off)).endsWith("/account");
    assertThat(factors.enrolled(user.id())).isFalse();
    assertThat(browser.get("/account").body()).contains("Two-factor authentication is off");
    signedIn(user);
  }

  @Test
  void aRoleThatMustUseItIsSetUpStraightAfterThePassword() {
    Set<Role> before = factors.requiredRoles();
    try {
      factors.require(List.of(Role.CHILDRENS_WORKER));
      TestArea.User user = newArea().user(Role.CHILDRENS_WORKER);
      PageSession browser = new PageSession(baseUrl());

      HttpResponse<String> password = browser.signIn(user.username(), user.password());

      assertThat(location(password)).endsWith("/sign-in/enrol");
      for (String path : List.of("/", "/cases", "/account", "/account/two-factor")) {
        assertThat(location(browser.get(path))).as(path).endsWith("/sign-in");
      }
      assertThat(location(browser.get("/sign-in/code"))).endsWith("/sign-in/enrol");
      HttpResponse<String> enrol = browser.get("/sign-in/enrol");
      assertThat(enrol.statusCode()).isEqualTo(200);
      assertThat(enrol.body()).contains("Your role must use two-factor authentication");
      String secret = secretIn(enrol.body());

      HttpResponse<String> done =
          browser.post(
              "/sign-in/enrol",
              Map.of("code", TestCodes.now(secret), "_csrf", PageSession.csrf(enrol)));

      assertThat(location(done)).endsWith("/account/two-factor/recovery-codes");
      assertThat(recoveryCodesIn(browser.get("/account/two-factor/recovery-codes").body()))
          .hasSize(10);
      assertThat(browser.get("/cases").statusCode()).isEqualTo(200);
      assertThat(factors.enrolled(user.id())).isTrue();
      HttpResponse<String> offPage = browser.get("/account/two-factor/off");
      assertThat(offPage.body()).contains("cannot be turned off");
      browser.post(
          "/account/two-factor/off",
          Map.of(
              "code",
              TestCodes.at(secret, clock.instant().plusSeconds(30)),
              "_csrf",
              PageSession.csrf(offPage)));
      assertThat(factors.enrolled(user.id())).as("a role that must use it keeps it").isTrue();
    } finally {
      factors.require(before);
    }
  }

  @Test
  void onlyTheSystemAdministratorSetsWhichRolesMustUseIt() {
    TestArea area = newArea();
    for (Role role : Role.values()) {
      if (role == Role.SYSTEM_ADMINISTRATOR) {
        continue;
      }
      PageSession browser = signedIn(area.user(role));
      String csrf = browser.csrf("/account");
      assertThat(browser.get("/admin/two-factor").statusCode()).as(role.name()).isEqualTo(403);
      HttpResponse<String> post =
          browser.post("/admin/two-factor", Map.of("roles", "INTAKE", "_csrf", csrf));
      assertThat(post.statusCode()).as(role.name()).isEqualTo(403);
    }
    Set<Role> before = factors.requiredRoles();
    try {
      PageSession admin = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
      HttpResponse<String> page = admin.get("/admin/two-factor");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("Which roles must use two-factor authentication");

      HttpResponse<String> saved =
          admin.post(
              "/admin/two-factor?roles=INTAKE&roles=SERVICE_MANAGER",
              Map.of("_csrf", PageSession.csrf(page)));

      assertThat(location(saved)).endsWith("/admin/two-factor");
      assertThat(factors.requiredRoles())
          .containsExactlyInAnyOrder(Role.INTAKE, Role.SERVICE_MANAGER);
      assertThat(admin.get("/admin/two-factor").body())
          .contains("have been saved")
          .containsPattern("value=\"INTAKE\"\\s+checked");
    } finally {
      factors.require(before);
    }
    assertThat(factors.requiredRoles()).isEqualTo(before);
  }

  private static String secretIn(String page) {
    Matcher m = SECRET.matcher(page);
    assertThat(m.find()).as("the secret shown as text").isTrue();
    return m.group(1).replace(" ", "");
  }

  /** What the QR code on the page holds, read back as a phone's camera would. */
  private static String qrCodeIn(String page) throws Exception {
    Matcher m = QR.matcher(page);
    assertThat(m.find()).as("a QR code drawn as a data: image").isTrue();
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
    int[] pixels =
        image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    return new QRCodeReader()
        .decode(
            new BinaryBitmap(
                new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
        .getText();
  }

  private static List<String> recoveryCodesIn(String page) {
    List<String> codes = new ArrayList<>();
    Matcher m = RECOVERY.matcher(page);
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  /**
   * Someone who lost both their phone and their recovery codes is not shut out for good: the system
   * administrator takes the authenticator away, and they sign in with the password alone again.
   */
  @Test
  void theAdministratorResetsALostSecondFactor() {
    TestArea area = newArea();
    TestArea.User user = area.user(Role.CHILDRENS_WORKER);
    factors.enrolWithoutConfirming(user.id(), factors.newSecret());
    assertThat(location(new PageSession(baseUrl()).signIn(user.username(), user.password())))
        .endsWith("/sign-in/code");
    PageSession manager = signedIn(area.user(Role.SERVICE_MANAGER));
    PageSession admin = signedIn(area.user(Role.SYSTEM_ADMINISTRATOR));
    String path = "/admin/users/" + user.id() + "/two-factor/reset";

    HttpResponse<String> refused = manager.post(path, Map.of("_csrf", manager.csrf("/account")));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(factors.enrolled(user.id())).isTrue();

    HttpResponse<String> users = admin.get("/admin/users");
    assertThat(users.body()).contains("Reset second factor");
    HttpResponse<String> reset = admin.post(path, Map.of("_csrf", PageSession.csrf(users)));

    assertThat(location(reset)).endsWith("/admin/users");
    assertThat(admin.get("/admin/users").body())
        .contains("Second factor reset for " + user.username());
    assertThat(factors.enrolled(user.id())).isFalse();
    signedIn(user);
  }

  private static String location(HttpResponse<String> response) {
    return response.headers().firstValue("Location").orElse("");
  }
}
