package org.tandem.web;

import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
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
    List<FieldProblem> problems = new ArrayList<>();
    validator
        .validate(command)
        .forEach(
            v -> problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage())));
    controlCharacters(command, "", problems);
    return problems.stream()
        .sorted(
            Comparator.comparingInt((FieldProblem p) -> position(order, p.field()))
                .thenComparing(FieldProblem::field))
        .toList();
  }

  /**
   * Text with a NUL character cannot be stored by PostgreSQL; it is refused here with a message
   * beside the field rather than failing the save.
   */
  private static void controlCharacters(Object value, String path, List<FieldProblem> problems) {
    if (value instanceof String text) {
      if (text.indexOf('\u0000') >= 0) {
        problems.add(new FieldProblem(path, WebWords.text("web.answer.controlCharacter")));
      }
    } else if (value instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        controlCharacters(list.get(i), path + "[" + i + "]", problems);
      }
    } else if (value != null && value.getClass().isRecord()) {
      for (RecordComponent component : value.getClass().getRecordComponents()) {
        try {
          var accessor = component.getAccessor();
          accessor.trySetAccessible();
          Object child = accessor.invoke(value);
          String name = path.isEmpty() ? component.getName() : path + "." + component.getName();
          controlCharacters(child, name, problems);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
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
