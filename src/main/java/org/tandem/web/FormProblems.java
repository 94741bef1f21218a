package org.tandem.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * Puts a service's problems beside the fields of a page's form. A date typed wrongly reaches the
 * service as no date, so its own problem ("must be a real date") is shown instead of the service's
 * "enter the date"; a field the form could not even read keeps the binder's message.
 */
public final class FormProblems {

  private final BindingResult errors;
  private final Map<String, String> dates = new LinkedHashMap<>();

  public FormProblems(BindingResult errors) {
    this.errors = errors;
  }

  /** Notes a date that was typed but cannot be read. */
  public FormProblems date(String field, DateInput input, String what) {
    String problem = input == null ? null : input.problem(what);
    if (problem != null) {
      dates.put(field, problem);
    }
    return this;
  }

  /** Whether the form can go to the service: nothing failed to bind. */
  public boolean readable() {
    return !errors.hasErrors();
  }

  public void reject(List<FieldProblem> problems) {
    for (FieldProblem p : problems) {
      String field = p.field().isEmpty() ? "version" : p.field();
      if (!errors.hasFieldErrors(field)) {
        errors.rejectValue(field, "invalid", dates.getOrDefault(field, p.message()));
      }
    }
    rejectDates();
  }

  /** Shows the unreadable dates, once nothing else is to be shown. */
  public void rejectDates() {
    dates.forEach(
        (field, message) -> {
          if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "invalid", message);
          }
        });
  }
}
