package org.tandem.web;

/**
 * A rule a request broke, against the field it concerns, as a property path such as {@code
 * partners[0].phone}. The message never repeats the value entered.
 */
public record FieldProblem(String field, String message) {}
