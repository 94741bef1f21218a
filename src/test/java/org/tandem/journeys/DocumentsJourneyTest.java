package org.tandem.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.journeys.Journey.button;
import static org.tandem.journeys.Journey.errorSummary;
import static org.tandem.journeys.Journey.expect;
import static org.tandem.journeys.Journey.field;
import static org.tandem.journeys.Journey.follow;
import static org.tandem.journeys.Journey.link;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.tandem.access.Role;
import org.tandem.documents.Uploads;
import org.tandem.referral.AReferral;
import org.tandem.referral.Family;

/**
 * A partner-support worker attaches a scanned safety plan to her record: sends the form with the
 * file forgotten and an HTML page renamed as a PNG, sees each problem beside its field with her
 * title kept, then attaches the scan and sees it previewed on its own page.
 */
class DocumentsJourneyTest extends BrowserTest {

  @Test
  void herWorkerAttachesAScannedSafetyPlanAndPreviewsIt() {
    Family family = newFamily(AReferral.in(area).withPartners(1));
    signIn(Role.PARTNER_SUPPORT_WORKER);
    page.navigate("/cases/" + family.reference() + "/partners/" + family.partner(0));
    follow(link(page, "Her documents"));
    expect(page.locator("h1")).hasText("Her documents");
    expect(page.locator("main")).containsText("No documents have been attached.");
    assertAccessible();

    follow(button(page, "Attach a document"));
    field(page, "Title").fill("Safety plan, scanned");
    page.getByLabel("Safety plan").check();
    page.locator("#file")
        .setInputFiles(
            new FilePayload(
                "plan.png", "image/png", "<html><body>Not a scan</body></html>".getBytes()));
    follow(button(page, "Attach the document"));
    expect(errorSummary(page))
        .containsText(
            "The selected file must be a PDF, PNG, JPEG, TIFF, plain text or email (.eml) file");
    expect(page.locator("#file-error")).containsText("The selected file must be a PDF");
    expect(field(page, "Title")).hasValue("Safety plan, scanned");
    expect(page.getByLabel("Safety plan")).isChecked();
    assertAccessible();

    page.locator("#file")
        .setInputFiles(new FilePayload("safety plan.png", "image/png", Uploads.pngBytes()));
    follow(button(page, "Attach the document"));
    expect(page.locator("h1")).hasText("Safety plan, scanned");
    expect(page.locator(".govuk-notification-banner")).containsText("Document attached");
    expect(page.locator("main")).containsText("safety plan.png");
    expect(page.locator("#preview")).isVisible();
    Object width = page.locator("#preview").evaluate("img => img.complete ? img.naturalWidth : -1");
    assertThat(((Number) width).intValue()).as("the preview image loaded").isEqualTo(60);
    assertAccessible();

    follow(link(page, "Back to the documents"));
    expect(page.locator("tbody tr")).hasCount(1);
    expect(page.locator("tbody tr")).containsText("Safety plan");
    assertAccessible();
  }
}
