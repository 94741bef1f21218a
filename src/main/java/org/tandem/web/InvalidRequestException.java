package org.tandem.web;

import java.util.List;

/** A request that breaks the rules; carries every problem at once so all can be shown together. */
public class InvalidRequestException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidRequestException(List<FieldProblem> problems) {
    super("Invalid request: " + problems.stream().map(FieldProblem::field).toList());
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
