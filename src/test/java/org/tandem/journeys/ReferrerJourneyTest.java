package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.group;
import static org.tandem.journeys.Journey.link;
import static org.tandem.journeys.Journey.signOut;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.assessment.Assessments;
import org.tandem.assessment.RiskReportFixture;
import org.tandem.reminders.StandInNotify;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first "done when" of issue 18: a manager invites a children's social worker; she makes her
 * account and refers a family; intake triages it; the perpetrator worker releases the risk report;
 * she downloads it and returns her evaluation; she cannot open another case, nor anything of the
 * partner's. Every page is axe-scanned.
 */
class ReferrerJourneyTest extends BrowserTest {

  private static final String HER_GIVEN_NAME = "Invented-Hollis";
  private static final String HER_PHONE = "07700 900733";
  private static final String HER_ADDRESS = "9 Invented Quayside, Fictionton";

  private static final String INVITATION_TEMPLATE = "3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9";

  @Autowired private Assessments assessments;

  /** The template this journey set is taken away, so other tests find invitations not emailed. */
  @AfterEach
  void noInvitationTemplate() {
    jdbc.sql("UPDATE referrer_invitation_template SET template_id = NULL, template_id_cy = NULL")
        .update();
  }

  @Autowired private UserDetailsService users;

  @Test
  void aSocialWorkerIsInvitedRefersAFamilyAndDownloadsTheReleasedReport() throws Exception {
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30), 36);
    String username = "sw." + suffix;
    String email = username + "@council.example";
    String password = "Kettle-harbour-lantern-quill";

    // A manager invites her.
    signIn(Role.SERVICE_MANAGER);
    follow(link(page, "Referrers"));
    expect(page.locator("h1")).hasText("Referrers");
    assertAccessible();
    follow(link(page, "The invitation email's templates"));
    expect(page.locator("h1")).hasText("Invitation email");
    assertAccessible();
    field(page, "Email template (English)").fill(INVITATION_TEMPLATE);
    follow(button(page, "Save"));
    expect(page.locator(".govuk-notification-banner"))
        .containsText("Invitation email templates saved");
    field(page, "Their name").fill("Sasha Invented");
    field(page, "Their work email address").fill(email);
    field(page, "Children's social care").check();
    field(page, "Area they refer to").selectOption(String.valueOf(area.id()));
    follow(button(page, "Invite"));
    expect(errorSummary(page)).containsText("Enter the name of their organisation");
    expect(field(page, "Their work email address")).hasValue(email);
    assertAccessible();
    field(page, "Organisation").fill("Invented Children's Services " + suffix);
    follow(button(page, "Invite"));
    expect(page.locator(".govuk-notification-banner")).containsText("Invitation sent to " + email);
    List<StandInNotify.Received> emailed = StandInNotify.shared().receivedBy(email);
    assertThat(emailed).hasSize(1);
    assertThat(emailed.get(0).templateId()).isEqualTo(INVITATION_TEMPLATE);
    String invitation = emailed.get(0).personalisation().get("link");
    expect(page.locator("table")).containsText(email);
    assertAccessible();
    signOut(page);

    // She makes her account with the link; a mismatch is shown beside the field.
    page.navigate(invitation);
    expect(page.locator("h1")).hasText("Make your account");
    assertAccessible();
    field(page, "Choose a username").fill(username);
    field(page, "Choose a password").fill(password);
    field(page, "Type the password again").fill(password + "x");
    follow(button(page, "Make my account"));
    expect(errorSummary(page)).containsText("The passwords do not match");
    expect(field(page, "Choose a username")).hasValue(username);
    assertAccessible();
    field(page, "Choose a password").fill(password);
    field(page, "Type the password again").fill(password);
    follow(button(page, "Make my account"));
    expect(page.locator("h1")).hasText("Your account is ready");
    assertAccessible();
    Response used = page.navigate(invitation);
    assertThat(used.status()).as("the link works once").isEqualTo(404);

    // She signs in, starts on her referrals, and refers a family.
    TestArea.User socialWorker =
        new TestArea.User(0, username, "Sasha Invented", password, null, Role.REFERRER);
    signIn(socialWorker);
    expect(page.locator("h1")).hasText("Your referrals");
    assertAccessible();
    follow(button(page, "Make a referral"));
    expect(page.locator("main")).containsText("Sasha Invented");
    assertAccessible();
    LocalDate today = clock.today();
    Locator referralDate = group(page, "Date of the referral");
    field(referralDate, "Day").fill(String.valueOf(today.getDayOfMonth()));
    field(referralDate, "Month").fill(String.valueOf(today.getMonthValue()));
    field(referralDate, "Year").fill(String.valueOf(today.getYear()));
    field(page, "Reason for the referral")
        .fill("Invented: concerns at a child protection conference");
    field(page, "Given name").fill("Percival");
    Locator partner = group(page, "Partner 1");
    field(partner, "Current partner").check();
    field(partner, "Her given name").fill(HER_GIVEN_NAME);
    field(partner, "Her phone number (optional)").fill(HER_PHONE);
    field(partner, "Her address (optional)").fill(HER_ADDRESS);
    field(page, "Child protection (Children Act 1989)").check();
    follow(button(page, "Save referral"));
    expect(errorSummary(page)).containsText("Enter his family name");
    expect(field(partner, "Her given name")).hasValue(HER_GIVEN_NAME);
    assertAccessible();
    field(page, "Family name").fill("Ironmonger");
    follow(button(page, "Save referral"));
    expect(page.locator(".govuk-notification-banner")).containsText("sent");
    String reference = page.locator(".govuk-caption-l").innerText().strip();
    assertThat(reference).startsWith(area.code() + "-");
    expect(page.locator("h1")).hasText("Percival Ironmonger");
    assertNothingOfHers();
    assertAccessible();
    signOut(page);

    // Intake triages it from the area's queue.
    signIn(Role.INTAKE);
    page.navigate("/cases/" + reference);
    expect(page.locator("h1")).containsText("Awaiting triage");
    follow(button(page, "Record triage"));
    field(page, "Appropriate for assessment").check();
    follow(button(page, "Save triage"));
    expect(page.locator(".govuk-notification-banner")).containsText("Triage recorded");
    assertAccessible();
    signOut(page);

    // The perpetrator worker assesses him, produces the report and releases it.
    TestArea.User worker = area.user(Role.PERPETRATOR_WORKER);
    RiskReportFixture.recordAssessment(assessments, users, reference, worker.username());
    var produced =
        apiPost(
            worker.token(),
            "/api/v1/cases/" + reference + "/reports",
            """
            {"contact":"Invented: supervised contact only","supervision":"Invented: monthly",
             "programme":"Invented: attend the group","minutesSpent":60}
            """);
    assertThat(produced.statusCode()).as(produced.body()).isEqualTo(201);
    long reportId = JsonMapper.builder().build().readTree(produced.body()).get("id").asLong();
    signIn(worker);
    page.navigate("/cases/" + reference + "/reports/" + reportId);
    follow(link(page, "Release this report to the referrer online"));
    expect(page.locator("h1")).hasText("Release to the referrer");
    expect(page.locator("main")).containsText("Sasha Invented");
    assertAccessible();
    follow(button(page, "Release to the referrer"));
    expect(errorSummary(page)).containsText("Select the lawful basis for sharing this");
    assertAccessible();
    field(page, "Child protection").check();
    follow(button(page, "Release to the referrer"));
    expect(page.locator(".govuk-notification-banner")).containsText("Report released");
    assertAccessible();
    signOut(page);

    // She downloads it, returns her evaluation, and can open nothing else.
    signIn(socialWorker);
    follow(link(page, reference));
    assertAccessible();
    Download download =
        page.waitForDownload(
            () -> page.getByText("Download the risk identification report").click());
    String pdf = RiskReportFixture.pdfText(Files.readAllBytes(download.path()));
    assertThat(pdf).contains(reference).contains("Invented: supervised contact only");
    assertThat(pdf).doesNotContain(HER_GIVEN_NAME).doesNotContain("Quayside");
    follow(link(page, "Return your evaluation of the work with this family"));
    assertAccessible();
    field(group(page, "How useful did you find the assessment?"), "Useful").check();
    follow(button(page, "Return your evaluation"));
    expect(errorSummary(page)).isVisible();
    assertAccessible();
    field(group(page, "How useful did you find the risk identification report?"), "Very useful")
        .check();
    field(group(page, "After the work, how safe do you think she is?"), "Safer").check();
    field(group(page, "After the work, how safe do you think the children are?"), "Safer").check();
    follow(button(page, "Return your evaluation"));
    expect(page.locator(".govuk-notification-banner")).containsText("Evaluation returned");
    assertNothingOfHers();
    assertAccessible();
    follow(link(page, "Back to your referrals"));
    expect(page.locator("table")).containsText("Returned");
    assertNothingOfHers();

    String another = newFamily(area).reference();
    assertThat(page.navigate("/referrer/referrals/" + another).status()).isEqualTo(404);
    assertThat(page.navigate("/cases/" + reference).status()).isIn(403, 404);
    assertThat(page.navigate("/cases/" + reference + "/partners").status()).isIn(403, 404);
  }

  private void assertNothingOfHers() {
    assertThat(page.content())
        .doesNotContain(HER_GIVEN_NAME)
        .doesNotContain("Quayside")
        .doesNotContain("900733");
  }
}
