package org.tandem.notes.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.access.Roles;
import org.tandem.notes.CaseNotes;
import org.tandem.notes.NoteWords;
import org.tandem.referral.Referrals;
import org.tandem.web.FormProblems;
import org.tandem.web.Paging;

/** The notes on his case: the list with its search, a note added, a note corrected. */
@Controller
@PreAuthorize(Roles.CASE_WORKERS)
class NotesController {

  private final CaseNotes notes;
  private final Referrals referrals;
  private final NoteWords words;

  NotesController(CaseNotes notes, Referrals referrals, NoteWords words) {
    this.words = words;
    this.notes = notes;
    this.referrals = referrals;
  }

  @GetMapping("/cases/{reference}/notes")
  @PreAuthorize(Roles.CASE_WORKERS)
  String list(
      @PathVariable String reference,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(required = false) String q,
      Model model) {
    return NotePages.list(
        NotesPlace.his(reference),
        notes.notes(reference, Paging.numbered(page, NotePages.PAGE_SIZE), q),
        model);
  }

  @GetMapping("/cases/{reference}/notes/new")
  @PreAuthorize(Roles.CASE_WORKERS)
  String form(@PathVariable String reference, Model model) {
    referrals.open(reference);
    return NotePages.showForm(NotesPlace.his(reference), new NoteForm(), model);
  }

  @PostMapping("/cases/{reference}/notes")
  @PreAuthorize(Roles.CASE_WORKERS)
  String add(
      @PathVariable String reference,
      @ModelAttribute("note") NoteForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return NotePages.add(
        NotesPlace.his(reference),
        form,
        new FormProblems(errors),
        model,
        redirect,
        words,
        () -> notes.add(reference, form.toNote()));
  }

  @GetMapping("/cases/{reference}/notes/{id}/correction")
  @PreAuthorize(Roles.CASE_WORKERS)
  String correctionForm(@PathVariable String reference, @PathVariable long id, Model model) {
    var note = notes.note(reference, id);
    return NotePages.showCorrection(
        NotesPlace.his(reference), note, NotePages.correctionOf(note), model);
  }

  @PostMapping("/cases/{reference}/notes/{id}/correction")
  @PreAuthorize(Roles.CASE_WORKERS)
  String correct(
      @PathVariable String reference,
      @PathVariable long id,
      @ModelAttribute("correction") CorrectionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return NotePages.correct(
        NotesPlace.his(reference),
        form,
        new FormProblems(errors),
        model,
        redirect,
        words,
        () -> notes.correct(reference, id, form.toCorrection()),
        () -> notes.note(reference, id));
  }
}
