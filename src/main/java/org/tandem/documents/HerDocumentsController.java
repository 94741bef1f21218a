package org.tandem.documents;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.documents.DocumentPages.ShelfView;

/** Her record's documents, behind the wall: partner-support workers and managers in her area. */
@Controller
class HerDocumentsController {

  private static final String BASE = "/cases/{reference}/partners/{partnerId}/documents";

  private final Documents documents;
  private final DocumentPages pages;

  HerDocumentsController(Documents documents, DocumentPages pages) {
    this.documents = documents;
    this.pages = pages;
  }

  private static ShelfView view(Shelf shelf) {
    return new ShelfView(
        shelf.reference(),
        shelf.base(),
        "/cases/" + shelf.reference() + "/partners/" + shelf.partnerId(),
        "documents.backToHerRecord",
        "documents.her.heading");
  }

  @GetMapping(BASE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String list(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    Shelf shelf = documents.hers(reference, partnerId);
    return pages.list(shelf, view(shelf), page, model);
  }

  @GetMapping(BASE + "/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String form(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    return pages.form(view(documents.hers(reference, partnerId)), model);
  }

  @PostMapping(BASE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String upload(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    Shelf shelf = documents.hers(reference, partnerId);
    return pages.upload(shelf, view(shelf), title, type, file, model, redirect);
  }

  @GetMapping(BASE + "/{id}")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String document(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @PathVariable long id,
      Model model) {
    Shelf shelf = documents.hers(reference, partnerId);
    return pages.document(shelf, view(shelf), id, model);
  }

  @GetMapping(BASE + "/{id}/file")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  ResponseEntity<byte[]> file(
      @PathVariable String reference, @PathVariable long partnerId, @PathVariable long id) {
    return pages.file(documents.hers(reference, partnerId), id);
  }

  @GetMapping(BASE + "/{id}/image")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  ResponseEntity<byte[]> image(
      @PathVariable String reference, @PathVariable long partnerId, @PathVariable long id) {
    return pages.image(documents.hers(reference, partnerId), id);
  }
}
