package org.tandem.documents;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.web.FieldProblem;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Paging;

/**
 * The documents pages, written once for the three shelves (his case, a child, her record): the
 * list, the upload form with its problems beside the fields, a document's page with its preview,
 * and its file. The controllers say who may use them and open the shelf.
 */
@Component
class DocumentPages {

  /** How many documents a page lists. */
  static final int PAGE_SIZE = 20;

  /**
   * Served with the image shown on a preview page: the image may not run or load anything, and is
   * drawn by the page that frames it, never on its own as a page.
   */
  private static final String IMAGE_POLICY = "default-src 'none'; sandbox; frame-ancestors 'none'";

  /** What the upload form keeps of what was typed when it comes back with problems. */
  record UploadForm(String title, String type) {}

  /** The shelf as its pages show it: its addresses and the words for its heading and way back. */
  record ShelfView(String reference, String base, String back, String backLabel, String heading) {}

  private final Documents documents;
  private final MessageSource messages;

  DocumentPages(Documents documents, MessageSource messages) {
    this.documents = documents;
    this.messages = messages;
  }

  String list(Shelf shelf, ShelfView view, int page, Model model) {
    model.addAttribute("shelf", view);
    model.addAttribute("docs", documents.page(shelf, Paging.numbered(page, PAGE_SIZE)));
    return "documents/list";
  }

  String form(ShelfView view, Model model) {
    return showForm(view, new UploadForm("", ""), new LinkedHashMap<>(), model);
  }

  String upload(
      Shelf shelf,
      ShelfView view,
      String title,
      String type,
      MultipartFile file,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> problems = new LinkedHashMap<>();
    try {
      long id = documents.attach(shelf, newDocument(title, type, file));
      redirect.addFlashAttribute(
          "saved",
          messages.getMessage("documents.attached", null, LocaleContextHolder.getLocale()));
      return "redirect:" + view.base() + "/" + id;
    } catch (InvalidRequestException e) {
      for (FieldProblem p : e.problems()) {
        problems.putIfAbsent(p.field(), p.message());
      }
    }
    return showForm(
        view,
        new UploadForm(title == null ? "" : title, type == null ? "" : type),
        problems,
        model);
  }

  String document(Shelf shelf, ShelfView view, long id, Model model) {
    model.addAttribute("shelf", view);
    model.addAttribute("doc", documents.summary(shelf, id));
    return "documents/document";
  }

  ResponseEntity<byte[]> file(Shelf shelf, long id) {
    return attachment(documents.download(shelf, id));
  }

  ResponseEntity<byte[]> image(Shelf shelf, long id) {
    StoredFile image = documents.preview(shelf, id);
    return ResponseEntity.ok()
        .contentType(image.kind().asMediaType())
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", IMAGE_POLICY)
        .body(image.content());
  }

  /**
   * A document's file, to be saved and never opened in the service's own pages: the kind its
   * content showed, a safe name, no sniffing for another kind, and no copy kept by the browser.
   */
  static ResponseEntity<byte[]> attachment(StoredFile file) {
    return ResponseEntity.ok()
        .contentType(file.kind().asMediaType())
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(file.fileName()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.content());
  }

  /** The upload as {@link Documents} checks it; a file that cannot be read counts as none. */
  static NewDocument newDocument(String title, String type, MultipartFile file) {
    byte[] content = null;
    String name = null;
    if (file != null) {
      name = file.getOriginalFilename();
      try {
        content = file.getBytes();
      } catch (IOException e) {
        content = null;
      }
    }
    return new NewDocument(title, type, name, content);
  }

  private String showForm(
      ShelfView view, UploadForm form, Map<String, String> problems, Model model) {
    model.addAttribute("shelf", view);
    model.addAttribute("form", form);
    model.addAttribute("fieldProblems", problems);
    model.addAttribute("types", DocumentType.values());
    model.addAttribute("mostMegabytes", documents.mostMegabytes());
    return "documents/new";
  }
}
