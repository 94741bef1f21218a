package org.tandem.notes.internal;

import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.notes.Note;
import org.tandem.notes.NoteKind;
import org.tandem.notes.NotePage;
import org.tandem.notes.NoteWords;
import org.tandem.web.FormFlow;
import org.tandem.web.FormProblems;

/** The notes pages' flow, written once for his notes and hers: list, add, correct. */
final class NotePages {

  static final int PAGE_SIZE = 25;

  private NotePages() {}

  static String list(NotesPlace place, NotePage notes, Model model) {
    model.addAttribute("place", place);
    model.addAttribute("notes", notes);
    return "notes/notes";
  }

  static String showForm(NotesPlace place, NoteForm form, Model model) {
    model.addAttribute("place", place);
    model.addAttribute("note", form);
    model.addAttribute("kinds", NoteKind.values());
    return "notes/new";
  }

  static String add(
      NotesPlace place,
      NoteForm form,
      FormProblems problems,
      Model model,
      RedirectAttributes redirect,
      NoteWords words,
      Supplier<Long> save) {
    problems.date("happenedOn", form.getHappenedOn(), words.say("notes.problem.what.happenedOn"));
    return FormFlow.submit(
        problems,
        model,
        () -> {
          save.get();
          redirect.addFlashAttribute("saved", words.say("notes.saved.recorded"));
          return "redirect:" + place.base();
        },
        () -> showForm(place, form, model));
  }

  static CorrectionForm correctionOf(Note note) {
    CorrectionForm form = new CorrectionForm();
    form.setText(note.text());
    form.setVersion(note.revision());
    return form;
  }

  static String showCorrection(NotesPlace place, Note note, CorrectionForm form, Model model) {
    model.addAttribute("place", place);
    model.addAttribute("shown", note);
    model.addAttribute("correction", form);
    return "notes/correction";
  }

  static String correct(
      NotesPlace place,
      CorrectionForm form,
      FormProblems problems,
      Model model,
      RedirectAttributes redirect,
      NoteWords words,
      Runnable save,
      Supplier<Note> reread) {
    return FormFlow.submit(
        problems,
        model,
        () -> {
          save.run();
          redirect.addFlashAttribute("saved", words.say("notes.saved.corrected"));
          return "redirect:" + place.base();
        },
        () -> showCorrection(place, reread.get(), form, model));
  }
}
