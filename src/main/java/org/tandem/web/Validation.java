package org.tandem.web;

import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/** Validates a command with its own rules and turns what fails into field problems. */
@Component
public class Validation {

  private final Validator validator;

  public Validation(Validator validator) {
    this.validator = validator;
  }

  /** Every problem, in the order the command's fields are declared, as a form shows them. */
  public List<FieldProblem> problems(Object command) {
    List<String> order = declaredOrder(command.getClass());
    return validator.validate(command).stream()
        .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
        .sorted(
            Comparator.comparingInt((FieldProblem p) -> position(order, p.field()))
                .thenComparing(FieldProblem::field))
        .toList();
  }

  private static List<String> declaredOrder(Class<?> type) {
    if (!type.isRecord()) {
      return List.of();
    }
    return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static int position(List<String> order, String path) {
    String root = path.split("[.\\[]", 2)[0];
    int i = order.indexOf(root);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** Throws {@link InvalidRequestException} with every problem if the command breaks any rule. */
  public void check(Object command) {
    List<FieldProblem> problems = problems(command);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }
}
