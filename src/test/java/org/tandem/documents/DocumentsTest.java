package org.tandem.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.PageSession;
import org.tandem.TandemTest;
import org.tandem.TestApi;
import org.tandem.TestArea;
import org.tandem.access.Role;
import org.tandem.documents.Uploads.Sent;
import org.tandem.referral.Family;
import tools.jackson.databind.JsonNode;

/**
 * Documents on his case, a child and her record: the kind is read from the content, never the name
 * or the browser's word; empty, oversized and wrongly-kinded files are refused beside the field or
 * by field in problem details; files are handed back as attachments that cannot be sniffed into
 * something else; every download and preview is in the audit trail.
 */
class DocumentsTest extends TandemTest {

  private TestArea area;
  private Family family;

  @BeforeEach
  void aFamily() {
    area = newArea();
    family = newFamily(area);
  }

  private HttpResponse<String> apiUpload(Role role, String path, String title, Sent file) {
    return Uploads.api(
        baseUrl(), area.token(role), path, Map.of("title", title, "type", "COURT_ORDER"), file);
  }

  private String hisDocuments() {
    return family.path() + "/documents";
  }

  private long documents(String table) {
    return jdbc.sql(
            "SELECT count(*) FROM "
                + table
                + " WHERE referral_id = (SELECT id FROM referral WHERE reference = :r)")
        .param("r", family.reference())
        .query(Long.class)
        .single();
  }

  @Test
  void aPdfIsKeptWithTheKindItsContentShowsAndItsDownloadIsAudited() {
    HttpResponse<String> created =
        apiUpload(
            Role.PERPETRATOR_WORKER,
            hisDocuments(),
            "Court order",
            Uploads.pdf("../order <1>.PDF"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = TestApi.ok(created).get("id").asLong();
    assertThat(created.headers().firstValue("Location")).hasValue(hisDocuments() + "/" + id);

    JsonNode listed = TestApi.ok(apiGet(area.token(Role.PERPETRATOR_WORKER), hisDocuments()));
    assertThat(listed.get("total").asLong()).isEqualTo(1);
    JsonNode doc = listed.get("items").get(0);
    assertThat(doc.get("title").asString()).isEqualTo("Court order");
    assertThat(doc.get("type").asString()).isEqualTo("COURT_ORDER");
    assertThat(doc.get("mediaType").asString()).isEqualTo("application/pdf");
    assertThat(doc.get("fileName").asString()).isEqualTo("order_1_.pdf");
    assertThat(doc.get("sizeBytes").asInt()).isEqualTo(Uploads.pdfBytes().length);
    assertThat(doc.get("uploadedBy").asString())
        .isEqualTo(area.user(Role.PERPETRATOR_WORKER).username());

    HttpResponse<byte[]> file =
        apiGetBytes(area.token(Role.PERPETRATOR_WORKER), hisDocuments() + "/" + id);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(Uploads.pdfBytes());
    assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"order_1_.pdf\"");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(file.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

    assertThat(audited("DOWNLOAD")).containsExactly("case document " + id + " downloaded");
    assertThat(audited("CREATE")).contains("case document " + id + " attached");
  }

  @Test
  void aFileIsJudgedByItsContentNotItsNameNorTheBrowsersWord() {
    Sent html =
        new Sent(
            "letter.pdf",
            "application/pdf",
            "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8));
    Sent program =
        new Sent(
            "scan.pdf",
            "application/pdf",
            new byte[] {
              'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF
            });
    Sent svg =
        new Sent(
            "photo.png",
            "image/png",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8));
    for (Sent wrong : List.of(html, program, svg)) {
      HttpResponse<String> refused =
          apiUpload(Role.PERPETRATOR_WORKER, hisDocuments(), "Renamed", wrong);
      assertThat(refused.statusCode()).as(wrong.name() + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type").orElse(""))
          .contains("application/problem+json");
      assertThat(refused.body())
          .contains("\"file\"")
          .contains("The selected file must be a PDF, PNG, JPEG, TIFF, plain text or email");
    }
    // A PNG sent under a PDF's name and type is a PNG, and kept under a PNG's name.
    HttpResponse<String> png =
        apiUpload(
            Role.PERPETRATOR_WORKER,
            hisDocuments(),
            "Photo",
            new Sent("scan.pdf", "application/pdf", Uploads.pngBytes()));
    assertThat(png.statusCode()).as(png.body()).isEqualTo(201);
    JsonNode doc =
        TestApi.ok(apiGet(area.token(Role.PERPETRATOR_WORKER), hisDocuments())).get("items").get(0);
    assertThat(doc.get("mediaType").asString()).isEqualTo("image/png");
    assertThat(doc.get("fileName").asString()).isEqualTo("scan.png");
    assertThat(documents("case_document")).isEqualTo(1);
  }

  @Test
  void emptyOversizedAndMissingFilesAreRefusedByField() {
    HttpResponse<String> empty =
        apiUpload(
            Role.PERPETRATOR_WORKER,
            hisDocuments(),
            "Empty",
            new Sent("empty.pdf", "application/pdf", new byte[0]));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("The selected file is empty");

    byte[] big = Arrays.copyOf(Uploads.pdfBytes(), 10 * 1024 * 1024 + 1);
    HttpResponse<String> oversized =
        apiUpload(
            Role.PERPETRATOR_WORKER,
            hisDocuments(),
            "Big",
            new Sent("big.pdf", "application/pdf", big));
    assertThat(oversized.statusCode()).isEqualTo(400);
    assertThat(oversized.body()).contains("The selected file must be smaller than 10 MB");

    byte[] huge = Arrays.copyOf(Uploads.pdfBytes(), 12 * 1024 * 1024);
    HttpResponse<String> overTheLimit =
        apiUpload(
            Role.PERPETRATOR_WORKER,
            hisDocuments(),
            "Huge",
            new Sent("huge.pdf", "application/pdf", huge));
    assertThat(overTheLimit.statusCode()).isEqualTo(413);
    assertThat(overTheLimit.body()).contains("Content too large");

    HttpResponse<String> nothing =
        Uploads.api(
            baseUrl(),
            area.token(Role.PERPETRATOR_WORKER),
            hisDocuments(),
            Map.of("title", "", "type", "NOT_A_TYPE"),
            null);
    assertThat(nothing.statusCode()).isEqualTo(400);
    assertThat(nothing.body())
        .contains("Enter a title for the document")
        .contains("Select what kind of document it is")
        .contains("Select a file");
    assertThat(documents("case_document")).isZero();
  }

  @Test
  void theUploadPageShowsEachProblemBesideItsFieldAndKeepsWhatWasTyped() {
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String base = "/cases/" + family.reference() + "/documents";
    byte[] big = Arrays.copyOf(Uploads.pdfBytes(), 10 * 1024 * 1024 + 1);
    HttpResponse<String> refused =
        Uploads.page(
            baseUrl(),
            worker,
            base + "/new",
            base,
            Map.of("title", "Probation letter", "type", "LETTER"),
            new Sent("letter.pdf", "application/pdf", big));
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("There is a problem")
        .contains("id=\"file-error\"")
        .contains("The selected file must be smaller than 10 MB")
        .contains("value=\"Probation letter\"")
        .containsPattern("value=\"LETTER\"\\s+checked");

    HttpResponse<String> html =
        Uploads.page(
            baseUrl(),
            worker,
            base + "/new",
            base,
            Map.of("title", "", "type", "LETTER"),
            new Sent("letter.pdf", "application/pdf", "<html><body>x</body></html>".getBytes()));
    assertThat(html.body())
        .contains("id=\"title-error\"")
        .contains("Enter a title for the document")
        .contains("The selected file must be a PDF");

    HttpResponse<String> saved =
        Uploads.page(
            baseUrl(),
            worker,
            base + "/new",
            base,
            Map.of("title", "Scanned referral form", "type", "SCANNED_FORM"),
            Uploads.png("referral.png"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    String at = saved.headers().firstValue("Location").orElseThrow();
    assertThat(at).contains(base + "/");
    long id = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));

    HttpResponse<String> shown = worker.get(base + "/" + id);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(shown.body())
        .contains("Scanned referral form")
        .contains("image/png")
        .contains("src=\"" + base + "/" + id + "/image\"");
    HttpResponse<byte[]> image = worker.getBytes(base + "/" + id + "/image");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.body()).isEqualTo(Uploads.pngBytes());
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(image.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
    assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(image.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'none'")
        .contains("sandbox");
    assertThat(audited("DOWNLOAD")).containsExactly("case document " + id + " previewed");

    HttpResponse<String> list = worker.get(base);
    assertThat(list.body()).contains("Scanned referral form").contains("referral.png");
  }

  @Test
  void aPdfIsPreviewedAsAnImageOfItsFirstPageAndStillDownloadedWhole() throws Exception {
    long id =
        TestApi.ok(
                apiUpload(Role.PERPETRATOR_WORKER, hisDocuments(), "Order", Uploads.pdf("o.pdf")))
            .get("id")
            .asLong();
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String base = "/cases/" + family.reference() + "/documents/" + id;
    assertThat(worker.get(base).body())
        .doesNotContain("This kind of file cannot be shown here")
        .contains("src=\"" + base + "/image\"")
        .contains("href=\"" + base + "/file\"");

    HttpResponse<byte[]> image = worker.getBytes(base + "/image");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(image.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("sandbox");
    java.awt.image.BufferedImage page =
        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image.body()));
    assertThat(page).as("the first page, drawn").isNotNull();
    // The test PDF's page is 200 points square, drawn at 1.5 times.
    assertThat(page.getWidth()).isEqualTo(300);
    assertThat(page.getHeight()).isEqualTo(300);

    HttpResponse<byte[]> file = worker.getBytes(base + "/file");
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment");
    assertThat(file.body()).isEqualTo(Uploads.pdfBytes());
  }

  @Test
  void aPdfThatCannotBeDrawnHasNoPreviewButIsKept() {
    byte[] broken =
        "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    HttpResponse<String> kept =
        apiUpload(
            Role.PERPETRATOR_WORKER,
            hisDocuments(),
            "Broken",
            new Uploads.Sent("broken.pdf", "application/pdf", broken));
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
    long id = TestApi.ok(kept).get("id").asLong();
    PageSession worker = signedIn(area.user(Role.PERPETRATOR_WORKER));
    String base = "/cases/" + family.reference() + "/documents/" + id;
    assertThat(worker.getBytes(base + "/image").statusCode()).isEqualTo(404);
    assertThat(worker.getBytes(base + "/file").statusCode()).isEqualTo(200);
  }

  @Test
  void herDocumentsAreBehindTheWall() {
    String hers = family.path() + "/partners/" + family.partner(0) + "/documents";
    HttpResponse<String> created =
        apiUpload(Role.PARTNER_SUPPORT_WORKER, hers, "Her safety plan", Uploads.png("plan.png"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = TestApi.ok(created).get("id").asLong();
    assertThat(documents("partner_document")).isEqualTo(1);
    assertThat(documents("case_document")).isZero();

    for (Role role : List.of(Role.INTAKE, Role.PERPETRATOR_WORKER, Role.CHILDRENS_WORKER)) {
      String token = area.token(role);
      assertThat(apiGet(token, hers).statusCode()).as(role + " list").isEqualTo(403);
      assertThat(apiGetBytes(token, hers + "/" + id).statusCode())
          .as(role + " file")
          .isEqualTo(403);
      assertThat(apiUpload(role, hers, "x", Uploads.png("x.png")).statusCode())
          .as(role + " upload")
          .isEqualTo(403);
      // His case's own list does not hold hers.
      assertThat(apiGet(token, hisDocuments()).body()).doesNotContain("Her safety plan");
    }
    assertThat(
            apiGet(
                    area.token(Role.PARTNER_SUPPORT_WORKER),
                    family.path() + "/partners/999999999/documents")
                .statusCode())
        .isEqualTo(404);
    assertThat(apiGetBytes(area.token(Role.SERVICE_MANAGER), hers + "/" + id).body())
        .isEqualTo(Uploads.pngBytes());
    assertThat(audited("DOWNLOAD")).containsExactly("her document " + id + " downloaded");
  }

  @Test
  void aChildsDocumentsAreForChildrensWork() {
    String child = family.path() + "/children/" + family.child(0) + "/documents";
    HttpResponse<String> created =
        apiUpload(Role.CHILDRENS_WORKER, child, "School letter", Uploads.pdf("school.pdf"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(
            TestApi.ok(apiGet(area.token(Role.PARTNER_SUPPORT_WORKER), child))
                .get("total")
                .asLong())
        .isEqualTo(1);
    assertThat(apiGet(area.token(Role.PERPETRATOR_WORKER), child).statusCode()).isEqualTo(403);
    // Another child's list, and his case's, are their own.
    String other = family.path() + "/children/" + family.child(1) + "/documents";
    assertThat(TestApi.ok(apiGet(area.token(Role.CHILDRENS_WORKER), other)).get("total").asLong())
        .isZero();
    assertThat(
            TestApi.ok(apiGet(area.token(Role.CHILDRENS_WORKER), hisDocuments()))
                .get("total")
                .asLong())
        .isZero();
    assertThat(
            apiGet(
                    area.token(Role.CHILDRENS_WORKER),
                    family.path() + "/children/999999999/documents")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void aCaseInAnotherAreaIsNotFound() {
    TestArea elsewhere = newArea();
    HttpResponse<String> refused =
        Uploads.api(
            baseUrl(),
            elsewhere.token(Role.PERPETRATOR_WORKER),
            hisDocuments(),
            Map.of("title", "x", "type", "OTHER"),
            Uploads.pdf("x.pdf"));
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(apiGet(elsewhere.token(Role.PERPETRATOR_WORKER), hisDocuments()).statusCode())
        .isEqualTo(404);
    assertThat(documents("case_document")).isZero();
  }

  /** What the audit trail says of this case's documents, for one action, oldest first. */
  private List<String> audited(String action) {
    return jdbc.sql(
            "SELECT what FROM audit_event WHERE case_reference = :r AND action = :a"
                + " AND what LIKE '%document%' ORDER BY id")
        .param("r", family.reference())
        .param("a", action)
        .query(String.class)
        .list();
  }
}
