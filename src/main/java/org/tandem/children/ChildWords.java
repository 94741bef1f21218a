package org.tandem.children;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages name a child and sum up the safety ladder, in the language the user reads: the
 * records themselves hold only names, ages and ratings. Templates call it as {@code
 * @childWords.label(child)}.
 */
@Component("childWords")
public class ChildWords {

  private final MessageSource messages;

  ChildWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The given name if the referrer gave one, with the age: "Kit, aged 6" or "Child aged 6". */
  public String label(ChildWork child) {
    return label(child.givenName(), child.ageYears());
  }

  String label(String givenName, int ageYears) {
    return givenName == null || givenName.isBlank()
        ? text("children.label.unnamed", ageYears)
        : text("children.label.named", givenName, ageYears);
  }

  /** For example "3 → 7, up 4", "6 → 4, down 2" or "5 → 5, no change". */
  public String ladder(ChildWork.Ladder ladder) {
    LadderReading before = ladder.before();
    LadderReading after = ladder.after();
    if (before == null) {
      return text("children.ladder.summary.none");
    }
    if (after == null) {
      return text("children.ladder.summary.beforeOnly", before.rating());
    }
    int change = ladder.change();
    String how =
        change > 0
            ? text("children.ladder.summary.up", change)
            : change < 0
                ? text("children.ladder.summary.down", -change)
                : text("children.ladder.summary.same");
    return text("children.ladder.summary.both", before.rating(), after.rating(), how);
  }

  /** What the banner says once something about a child is saved. */
  public String saved(String key, ChildWork child) {
    return text(key, label(child));
  }

  /** The rules' problems in the user's language. */
  ChildProblemWords problemWords() {
    return new ChildProblemWords(messages, LocaleContextHolder::getLocale);
  }

  /** Any of the children's words, by key, in the user's language. */
  public String say(String key, Object... args) {
    return text(key, args);
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, LocaleContextHolder.getLocale());
  }
}
