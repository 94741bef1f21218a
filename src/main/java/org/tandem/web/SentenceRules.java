package org.tandem.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * The shapes of a module's stored sentences, each with the bundle key that says it: a whole
 * sentence, or a pattern whose groups become the message's arguments, each group read as a {@link
 * Part}. The first shape the whole text matches is used, so a narrower one goes before a wider.
 */
public final class SentenceRules implements StoredSentences {

  /** How one part of a stored sentence is said. */
  @FunctionalInterface
  public interface Part {
    Object say(String written, Locale language, Said said, MessageSource messages);
  }

  /** A worker's words, a name or a number: exactly as written. */
  public static final Part AS_WRITTEN = (written, language, said, messages) -> written;

  /** Another stored sentence inside this one. */
  public static final Part SAID =
      (written, language, said, messages) -> said.say(written, language);

  /** A date stored as 2026-05-01, said as "1 May 2026" in the reader's language. */
  public static final Part DATE =
      (written, language, said, messages) -> {
        try {
          return LocalDate.parse(written)
              .format(DateTimeFormatter.ofPattern("d MMMM yyyy", language));
        } catch (DateTimeParseException e) {
          return written;
        }
      };

  /** A word stored as an enum's name in lower case, said by the key {@code prefix + NAME}. */
  public static Part named(String prefix) {
    return (written, language, said, messages) ->
        messages.getMessage(
            prefix + written.toUpperCase(Locale.ROOT).replace(' ', '_'), null, written, language);
  }

  private record Rule(Pattern shape, String key, List<Part> parts) {}

  private final MessageSource messages;
  private final List<Rule> rules = new ArrayList<>();

  public SentenceRules(MessageSource messages) {
    this.messages = messages;
  }

  /** A sentence stored whole, always the same. */
  public SentenceRules whole(String sentence, String key) {
    rules.add(new Rule(Pattern.compile(Pattern.quote(sentence)), key, List.of()));
    return this;
  }

  /** A sentence whose groups in {@code regex} are the arguments of its message, in order. */
  public SentenceRules matching(String regex, String key, Part... parts) {
    Pattern shape = Pattern.compile(regex, Pattern.DOTALL);
    if (shape.matcher("").groupCount() != parts.length) {
      throw new IllegalArgumentException("One part for each group of " + regex);
    }
    rules.add(new Rule(shape, key, List.of(parts)));
    return this;
  }

  @Override
  public Optional<String> say(String stored, Locale language, Said said) {
    for (Rule rule : rules) {
      Matcher m = rule.shape().matcher(stored);
      if (m.matches()) {
        Object[] args = new Object[rule.parts().size()];
        for (int i = 0; i < args.length; i++) {
          args[i] = rule.parts().get(i).say(m.group(i + 1), language, said, messages);
        }
        return Optional.of(messages.getMessage(rule.key(), args, language));
      }
    }
    return Optional.empty();
  }
}
