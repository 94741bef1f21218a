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

/** His case's documents: every role that works with the case, in the areas it covers. */
@Controller
class CaseDocumentsController {

  private static final String BASE = "/cases/{reference}/documents";

  private final Documents documents;
  private final DocumentPages pages;

  CaseDocumentsController(Documents documents, DocumentPages pages) {
    this.documents = documents;
    this.pages = pages;
  }

  private static ShelfView view(Shelf shelf) {
    return new ShelfView(
        shelf.reference(),
        shelf.base(),
        "/cases/" + shelf.reference(),
        "documents.backToTheCase",
        "documents.his.heading");
  }

  @GetMapping(BASE)
  @PreAuthorize(Roles.CASE_WORKERS)
  String list(
      @PathVariable String reference, @RequestParam(defaultValue = "1") int page, Model model) {
    Shelf shelf = documents.his(reference);
    return pages.list(shelf, view(shelf), page, model);
  }

  @GetMapping(BASE + "/new")
  @PreAuthorize(Roles.CASE_WORKERS)
  String form(@PathVariable String reference, Model model) {
    return pages.form(view(documents.his(reference)), model);
  }

  @PostMapping(BASE)
  @PreAuthorize(Roles.CASE_WORKERS)
  String upload(
      @PathVariable String reference,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    Shelf shelf = documents.his(reference);
    return pages.upload(shelf, view(shelf), title, type, file, model, redirect);
  }

  @GetMapping(BASE + "/{id}")
  @PreAuthorize(Roles.CASE_WORKERS)
  String document(@PathVariable String reference, @PathVariable long id, Model model) {
    Shelf shelf = documents.his(reference);
    return pages.document(shelf, view(shelf), id, model);
  }

  @GetMapping(BASE + "/{id}/file")
  @PreAuthorize(Roles.CASE_WORKERS)
  ResponseEntity<byte[]> file(@PathVariable String reference, @PathVariable long id) {
    return pages.file(documents.his(reference), id);
  }

  @GetMapping(BASE + "/{id}/image")
  @PreAuthorize(Roles.CASE_WORKERS)
  ResponseEntity<byte[]> image(@PathVariable String reference, @PathVariable long id) {
    return pages.image(documents.his(reference), id);
  }
}
