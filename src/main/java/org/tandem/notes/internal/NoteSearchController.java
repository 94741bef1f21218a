package org.tandem.notes.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.access.Roles;
import org.tandem.notes.CaseloadNotes;
import org.tandem.web.InvalidRequestException;
import org.tandem.web.Paging;

/** Searching notes across every case the worker may see: his, and hers behind the wall. */
@Controller
@PreAuthorize(Roles.CASE_WORKERS)
class NoteSearchController {

  private final CaseloadNotes notes;

  NoteSearchController(CaseloadNotes notes) {
    this.notes = notes;
  }

  @GetMapping("/notes")
  @PreAuthorize(Roles.CASE_WORKERS)
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    return shown("/notes", false, q, () -> notes.search(q, paged(page)), model);
  }

  @GetMapping("/partner-support/notes")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String searchHers(
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "1") int page,
      Model model) {
    return shown("/partner-support/notes", true, q, () -> notes.searchHers(q, paged(page)), model);
  }

  private static Paging paged(int page) {
    return Paging.numbered(page, NotePages.PAGE_SIZE);
  }

  private static String shown(
      String address,
      boolean hers,
      String q,
      java.util.function.Supplier<CaseloadNotes.Found> search,
      Model model) {
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("hers", hers);
    model.addAttribute("address", address);
    if (q != null) {
      try {
        CaseloadNotes.Found found = search.get();
        model.addAttribute("found", found);
        model.addAttribute(
            "pageAddress",
            address + "?q=" + URLEncoder.encode(found.q(), StandardCharsets.UTF_8) + "&");
      } catch (InvalidRequestException e) {
        model.addAttribute("problem", e.problems().get(0).message());
      }
    }
    return "notes/search";
  }
}
