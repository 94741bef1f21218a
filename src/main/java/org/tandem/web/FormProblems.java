package org.tandem.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * Puts a form's problems beside its fields. What was typed but cannot be read (a date that is not a
 * real date, a number that is not a number) reaches the service as nothing, so its own problem
 * ("must be a real date") is shown instead of the service's "enter the date"; a field the form
 * could not even read keeps the binder's message.
 */
public final class FormProblems {

  private final BindingResult errors;
  private final Map<String, String> typed = new LinkedHashMap<>();
  private final List<FieldProblem> found = new ArrayList<>();
  private final Set<String> elsewhere = new HashSet<>();
  private Supplier<List<FieldProblem>> rules;

  public FormProblems(BindingResult errors) {
    this.errors = errors;
  }

  /** Notes a date that was typed but cannot be read. */
  public FormProblems date(String field, DateInput input, String what) {
    return typed(field, input == null ? null : input.problem(what));
  }

  /** Notes a whole number that was typed but cannot be read. */
  public FormProblems number(String field, String input, String problem) {
    return typed(field, NumberInput.notWhole(input) ? problem : null);
  }

  /** Notes a problem the page sees for itself in what was typed; a null problem is none. */
  public FormProblems typed(String field, String problem) {
    if (problem != null) {
      typed.put(field, problem);
    }
    return this;
  }

  /** Problems the page found itself: nothing is saved while there are any. */
  public FormProblems found(List<FieldProblem> problems) {
    found.addAll(problems);
    return this;
  }

  /**
   * Nothing is saved while something typed cannot be read; these rules then find every other
   * problem, so that all can be mended at once.
   */
  public FormProblems checkedBy(Supplier<List<FieldProblem>> rules) {
    this.rules = rules;
    return this;
  }

  /** A problem with this is shown by the page in a place of its own, not beside a field. */
  public FormProblems elsewhere(String field) {
    elsewhere.add(field);
    return this;
  }

  /** Whether the form can go to the service: it was all read and the page found nothing wrong. */
  public boolean readable() {
    return !errors.hasErrors() && found.isEmpty() && (rules == null || typed.isEmpty());
  }

  /** Shows each problem beside its field, once; a problem of the whole form goes by its version. */
  public void reject(List<FieldProblem> problems) {
    for (FieldProblem p : problems) {
      String field = p.field().isEmpty() ? "version" : p.field();
      if (!elsewhere.contains(field) && !errors.hasFieldErrors(field)) {
        errors.rejectValue(field, "invalid", typed.getOrDefault(field, p.message()));
      }
    }
    rejectTyped();
  }

  /** Shows why the form was not sent to the service. */
  public void rejectUnsent() {
    if (rules != null && !typed.isEmpty()) {
      found.addAll(rules.get());
    }
    reject(found);
  }

  /** Shows what was typed but cannot be read, once nothing else is to be shown beside it. */
  public void rejectTyped() {
    typed.forEach(
        (field, message) -> {
          if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "invalid", message);
          }
        });
  }
}
