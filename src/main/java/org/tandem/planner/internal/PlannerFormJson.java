package org.tandem.planner.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.validation.DataBinder;
import org.tandem.planner.PlannerForm;
import org.tandem.web.FieldProblem;
import tools.jackson.databind.JsonNode;

/**
 * Reads the planner's fields from JSON into a {@link PlannerForm}, exactly as the page's form is
 * read: the JSON is flattened into the page's field names ({@code {"areas": [{"population":
 * 243891}]}} becomes {@code areas[0].population}) and bound the same way, so the API and the page
 * accept and refuse the same things with the same messages. Numbers may be sent as numbers or as
 * text. A field the form does not have is refused, so a misspelt assumption is not silently left at
 * its published default.
 */
final class PlannerFormJson {

  /** More areas than anyone plans for at once; beyond it the request is refused, not bound. */
  static final int MAX_AREAS = 50;

  private PlannerFormJson() {}

  /** The form, or the problems, each named by its path under {@code prefix} (e.g. "form."). */
  record Read(PlannerForm form, List<FieldProblem> problems) {}

  static Read read(JsonNode node, String prefix, PlannerMessages messages) {
    List<FieldProblem> problems = new ArrayList<>();
    PlannerForm form = new PlannerForm();
    if (node == null || node.isNull() || node.isMissingNode()) {
      problems.add(new FieldProblem(strip(prefix), messages.say("planner.problem.giveInputs")));
      return new Read(form, problems);
    }
    if (!node.isObject()) {
      problems.add(new FieldProblem(strip(prefix), messages.say("planner.problem.formObject")));
      return new Read(form, problems);
    }
    MutablePropertyValues values = new MutablePropertyValues();
    flatten(node, "", values, problems, prefix, messages);
    BeanWrapperImpl probe = new BeanWrapperImpl(new PlannerForm());
    probe.setAutoGrowNestedPaths(true);
    for (var value : values.getPropertyValues()) {
      if (!writable(probe, value.getName())) {
        problems.add(
            new FieldProblem(prefix + value.getName(), messages.say("planner.problem.notAField")));
      }
    }
    if (!problems.isEmpty()) {
      return new Read(form, problems);
    }
    DataBinder binder = new DataBinder(form, "form");
    binder.bind(values);
    binder
        .getBindingResult()
        .getFieldErrors()
        .forEach(
            e ->
                problems.add(
                    new FieldProblem(
                        prefix + e.getField(), messages.say("planner.problem.wrongType"))));
    return new Read(form, problems);
  }

  private static void flatten(
      JsonNode node,
      String path,
      MutablePropertyValues values,
      List<FieldProblem> problems,
      String prefix,
      PlannerMessages messages) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(
            e.getValue(),
            path.isEmpty() ? e.getKey() : path + "." + e.getKey(),
            values,
            problems,
            prefix,
            messages);
      }
    } else if (node.isArray()) {
      if (node.size() > MAX_AREAS) {
        problems.add(
            new FieldProblem(
                prefix + path, messages.say("planner.problem.atMostEntries", MAX_AREAS)));
        return;
      }
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), path + "[" + i + "]", values, problems, prefix, messages);
      }
    } else if (!node.isNull()) {
      // A blank value takes the published default, as a blank field on the page does.
      values.add(path, node.asString());
    }
  }

  private static boolean writable(BeanWrapperImpl probe, String path) {
    try {
      return probe.isWritableProperty(path);
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String strip(String prefix) {
    return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }
}
