package org.tandem.web;

import java.util.function.Supplier;
import org.springframework.ui.Model;

/**
 * The flow every form page follows, written once: if the form could be read, try to save it and go
 * where the save says; otherwise, or if the service refuses it, show the form again with what was
 * typed and each problem beside its field, or say that someone else changed the record first.
 */
public final class FormFlow {

  private FormFlow() {}

  /**
   * @param save saves the form and returns where to go next (a redirect)
   * @param showAgain shows the form again, with the problems now in the binding result
   */
  public static String submit(
      FormProblems problems, Model model, Supplier<String> save, Supplier<String> showAgain) {
    return submit(problems, save, () -> model.addAttribute("conflict", true), showAgain);
  }

  /**
   * @param onConflict readies the page for saying that someone else changed the record first
   */
  public static String submit(
      FormProblems problems,
      Supplier<String> save,
      Runnable onConflict,
      Supplier<String> showAgain) {
    if (problems.readable()) {
      try {
        return save.get();
      } catch (InvalidRequestException e) {
        problems.reject(e.problems());
      } catch (EditConflictException e) {
        onConflict.run();
      }
    } else {
      problems.rejectUnsent();
    }
    problems.rejectTyped();
    return showAgain.get();
  }
}
