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

/** Searching his notes across every case the worker may see. */
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
    model.addAttribute("q", q == null ? "" : q);
    if (q != null) {
      try {
        CaseloadNotes.Found found = notes.search(q, Paging.numbered(page, NotePages.PAGE_SIZE));
        model.addAttribute("found", found);
        model.addAttribute(
            "pageAddress",
            "/notes?q=" + URLEncoder.encode(found.q(), StandardCharsets.UTF_8) + "&");
      } catch (InvalidRequestException e) {
        model.addAttribute("problem", e.problems().get(0).message());
      }
    }
    return "notes/search";
  }
}
