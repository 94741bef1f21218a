package org.tandem.documents;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.access.Roles;
import org.tandem.web.ApiController;
import org.tandem.web.Created;
import org.tandem.web.Paging;
import org.tandem.web.PostCreates;

/**
 * Documents through the API: his case's (every case role), a child's (children's work) and hers
 * (behind the wall: partner support and managers only; 403 for every other role). A file is sent as
 * multipart form data with its title and type, and its kind is read from its content.
 */
@ApiController(path = "/api/v1/cases/{reference}", tag = "Documents")
class DocumentsApiController {

  private static final String UPLOAD =
      "Multipart form data: title (at most 200 characters), type (SCANNED_FORM, COURT_ORDER,"
          + " LETTER, EMAIL, SAFETY_PLAN or OTHER) and file: a PDF, PNG, JPEG, TIFF, plain text or"
          + " email (.eml) file, its kind read from its content, at most 10 MB. 400 naming the"
          + " field for an empty, oversized or unreadable file or one of another kind; 413 for a"
          + " request over the service's limit.";

  private final Documents documents;

  DocumentsApiController(Documents documents) {
    this.documents = documents;
  }

  // --- his case ---

  @PostCreates("/documents")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "Attach a document to his case", description = UPLOAD)
  ResponseEntity<Created> attachToCase(
      @PathVariable String reference,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) MultipartFile file) {
    return attach(documents.his(reference), title, type, file);
  }

  @GetMapping("/documents")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "His case's documents, newest first")
  DocumentPage caseDocuments(@PathVariable String reference, Paging paging) {
    return documents.page(documents.his(reference), paging);
  }

  @GetMapping("/documents/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  @Operation(summary = "A document's file, as an attachment; the download is audited")
  ResponseEntity<byte[]> caseDocument(@PathVariable String reference, @PathVariable long id) {
    return DocumentPages.attachment(documents.download(documents.his(reference), id));
  }

  // --- a child ---

  @PostCreates("/children/{childId}/documents")
  @PreAuthorize(Roles.CHILDREN_WORK)
  @Operation(summary = "Attach a document to a child of the case", description = UPLOAD)
  ResponseEntity<Created> attachToChild(
      @PathVariable String reference,
      @PathVariable long childId,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) MultipartFile file) {
    return attach(documents.child(reference, childId), title, type, file);
  }

  @GetMapping("/children/{childId}/documents")
  @PreAuthorize(Roles.CHILDREN_WORK)
  @Operation(summary = "A child's documents, newest first")
  DocumentPage childDocuments(
      @PathVariable String reference, @PathVariable long childId, Paging paging) {
    return documents.page(documents.child(reference, childId), paging);
  }

  @GetMapping("/children/{childId}/documents/{id}")
  @PreAuthorize(Roles.CHILDREN_WORK)
  @Operation(summary = "A child's document's file, as an attachment; the download is audited")
  ResponseEntity<byte[]> childDocument(
      @PathVariable String reference, @PathVariable long childId, @PathVariable long id) {
    return DocumentPages.attachment(documents.download(documents.child(reference, childId), id));
  }

  // --- her record, behind the wall ---

  @PostCreates("/partners/{partnerId}/documents")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(summary = "Attach a document to her record (behind the wall)", description = UPLOAD)
  ResponseEntity<Created> attachToHer(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) MultipartFile file) {
    return attach(documents.hers(reference, partnerId), title, type, file);
  }

  @GetMapping("/partners/{partnerId}/documents")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(summary = "Her documents, newest first (behind the wall)")
  DocumentPage herDocuments(
      @PathVariable String reference, @PathVariable long partnerId, Paging paging) {
    return documents.page(documents.hers(reference, partnerId), paging);
  }

  @GetMapping("/partners/{partnerId}/documents/{id}")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  @Operation(summary = "Her document's file, as an attachment; the download is audited")
  ResponseEntity<byte[]> herDocument(
      @PathVariable String reference, @PathVariable long partnerId, @PathVariable long id) {
    return DocumentPages.attachment(documents.download(documents.hers(reference, partnerId), id));
  }

  private ResponseEntity<Created> attach(
      Shelf shelf, String title, String type, MultipartFile file) {
    long id = documents.attach(shelf, DocumentPages.newDocument(title, type, file));
    return Created.id(id, "/api/v1" + shelf.base() + "/{id}", id);
  }
}
