package org.tandem.planner.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tandem.access.Area;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The planner's questions as HTML, kept once drawn. They are some fifty GOV.UK inputs, most of the
 * planner page's markup and nearly all of its work, and they are the same for everyone who opens
 * the planner with the same areas and the same values (the published defaults, at first). What the
 * HTML depends on is exactly the key: the questions (labels, values and problems), the Tandem areas
 * offered and the language. Nothing in it is about a case.
 */
@Component
class PlannerInputsHtml {

  private static final int KEPT = 256;

  private record Key(PlannerQuestions questions, List<Area> tandemAreas, Locale locale) {}

  private final ITemplateEngine templates;

  private final Map<Key, String> drawn =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
              return size() > KEPT;
            }
          });

  PlannerInputsHtml(ITemplateEngine templates) {
    this.templates = templates;
  }

  String of(PlannerQuestions questions, List<Area> tandemAreas, Locale locale) {
    Key key = new Key(questions, List.copyOf(tandemAreas), locale);
    String html = drawn.get(key);
    if (html == null) {
      Context context =
          new Context(locale, Map.of("questions", questions, "tandemAreas", key.tandemAreas()));
      html = templates.process("planner/inputs", Set.of("inputs"), context);
      drawn.put(key, html);
    }
    return html;
  }
}
