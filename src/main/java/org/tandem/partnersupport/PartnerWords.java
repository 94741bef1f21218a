package org.tandem.partnersupport;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.web.FieldProblem;

/**
 * Partner support's problems in the language the user reads. The plain-Java rules name each
 * problem's wording by its key in the bundle; this turns the keys into words for the page or the
 * API's problem details.
 */
@Component
class PartnerWords {

  private final MessageSource messages;

  PartnerWords(MessageSource messages) {
    this.messages = messages;
  }

  /** A problem beside its field. */
  FieldProblem problem(String field, String key, Object... args) {
    return new FieldProblem(field, say(key, args));
  }

  /** The rules' problems, each named by the key of its wording, in words. */
  List<FieldProblem> said(List<FieldProblem> named) {
    return named.stream().map(p -> problem(p.field(), p.message())).toList();
  }

  /** That she is not a partner on the case with this reference. */
  String noSuchPartner(String reference) {
    return say("partnersupport.problem.noSuchPartner", reference);
  }

  /**
   * What of hers a text holds, as SharingRules names it ("her name"), as a list in words: "her
   * name, her address and her safe contact times". Each is said by its key, and the last in its own
   * form, which carries the "and" (in Welsh, "a'i" takes the place of "ei").
   */
  String listOf(List<String> found) {
    List<String> keys = found.stream().map(f -> "partnersupport.sharing." + camel(f)).toList();
    if (keys.size() < 2) {
      return keys.isEmpty() ? "" : say(keys.get(0));
    }
    List<String> firsts = keys.subList(0, keys.size() - 1).stream().map(this::say).toList();
    return String.join(", ", firsts) + " " + say(keys.get(keys.size() - 1) + ".last");
  }

  private static String camel(String words) {
    StringBuilder key = new StringBuilder();
    for (String word : words.split(" ")) {
      key.append(key.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return key.toString();
  }

  String say(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
