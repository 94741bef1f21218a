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

/**
 * A child's documents: the children's worker, partner support and managers (as children's work).
 */
@Controller
class ChildDocumentsController {

  private static final String BASE = "/cases/{reference}/children/{childId}/documents";

  private final Documents documents;
  private final DocumentPages pages;

  ChildDocumentsController(Documents documents, DocumentPages pages) {
    this.documents = documents;
    this.pages = pages;
  }

  private static ShelfView view(Shelf shelf) {
    return new ShelfView(
        shelf.reference(),
        shelf.base(),
        "/cases/" + shelf.reference() + "/children",
        "documents.backToChildrensWork",
        "documents.child.heading");
  }

  @GetMapping(BASE)
  @PreAuthorize(Roles.CHILDREN_WORK)
  String list(
      @PathVariable String reference,
      @PathVariable long childId,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    Shelf shelf = documents.child(reference, childId);
    return pages.list(shelf, view(shelf), page, model);
  }

  @GetMapping(BASE + "/new")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String form(@PathVariable String reference, @PathVariable long childId, Model model) {
    return pages.form(view(documents.child(reference, childId)), model);
  }

  @PostMapping(BASE)
  @PreAuthorize(Roles.CHILDREN_WORK)
  String upload(
      @PathVariable String reference,
      @PathVariable long childId,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    Shelf shelf = documents.child(reference, childId);
    return pages.upload(shelf, view(shelf), title, type, file, model, redirect);
  }

  @GetMapping(BASE + "/{id}")
  @PreAuthorize(Roles.CHILDREN_WORK)
  String document(
      @PathVariable String reference,
      @PathVariable long childId,
      @PathVariable long id,
      Model model) {
    Shelf shelf = documents.child(reference, childId);
    return pages.document(shelf, view(shelf), id, model);
  }

  @GetMapping(BASE + "/{id}/file")
  @PreAuthorize(Roles.CHILDREN_WORK)
  ResponseEntity<byte[]> file(
      @PathVariable String reference, @PathVariable long childId, @PathVariable long id) {
    return pages.file(documents.child(reference, childId), id);
  }

  @GetMapping(BASE + "/{id}/image")
  @PreAuthorize(Roles.CHILDREN_WORK)
  ResponseEntity<byte[]> image(
      @PathVariable String reference, @PathVariable long childId, @PathVariable long id) {
    return pages.image(documents.child(reference, childId), id);
  }
}
