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
import org.tandem.notes.HerNotes;
import org.tandem.notes.NoteWords;
import org.tandem.web.FormProblems;
import org.tandem.web.Paging;

/**
 * Partner-support notes on her record, behind the wall: the same pages as his notes, for partner
 * support and managers only.
 */
@Controller
@PreAuthorize(Roles.PARTNER_SUPPORT)
class HerNotesController {

  private static final String BASE = "/cases/{reference}/partners/{partnerId}/notes";

  private final HerNotes notes;
  private final NoteWords words;

  HerNotesController(HerNotes notes, NoteWords words) {
    this.words = words;
    this.notes = notes;
  }

  @GetMapping(BASE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String list(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(required = false) String q,
      Model model) {
    return NotePages.list(
        NotesPlace.hers(reference, partnerId),
        notes.notes(reference, partnerId, Paging.numbered(page, NotePages.PAGE_SIZE), q),
        model);
  }

  @GetMapping(BASE + "/new")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String form(@PathVariable String reference, @PathVariable long partnerId, Model model) {
    notes.checkCanOpen(reference, partnerId);
    return NotePages.showForm(NotesPlace.hers(reference, partnerId), new NoteForm(), model);
  }

  @PostMapping(BASE)
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String add(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @ModelAttribute("note") NoteForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    // Her notes are all of one kind: a kind sent with the form is not hers to choose.
    form.setKind(null);
    return NotePages.add(
        NotesPlace.hers(reference, partnerId),
        form,
        new FormProblems(errors),
        model,
        redirect,
        words,
        () -> notes.add(reference, partnerId, form.toNote()));
  }

  @GetMapping(BASE + "/{id}/correction")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String correctionForm(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @PathVariable long id,
      Model model) {
    var note = notes.note(reference, partnerId, id);
    return NotePages.showCorrection(
        NotesPlace.hers(reference, partnerId), note, NotePages.correctionOf(note), model);
  }

  @PostMapping(BASE + "/{id}/correction")
  @PreAuthorize(Roles.PARTNER_SUPPORT)
  String correct(
      @PathVariable String reference,
      @PathVariable long partnerId,
      @PathVariable long id,
      @ModelAttribute("correction") CorrectionForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    return NotePages.correct(
        NotesPlace.hers(reference, partnerId),
        form,
        new FormProblems(errors),
        model,
        redirect,
        words,
        () -> notes.correct(reference, partnerId, id, form.toCorrection()),
        () -> notes.note(reference, partnerId, id));
  }
}
