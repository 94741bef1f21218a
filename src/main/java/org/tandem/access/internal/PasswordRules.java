package org.tandem.access.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * Whether a new password is good enough, wherever one is set. Length alone let through {@code
 * aaaaaaaaaaaa} and {@code password1234}: nbvcxz estimates how many guesses a password would take,
 * with its dictionaries of leaked passwords, names and words, keyboard patterns, repeats, dates and
 * look-alike letters, and says why one is weak. The person's own username and name are added as
 * words it must not contain, as they are the first thing a guesser who knows them would try.
 */
@Component
class PasswordRules implements org.tandem.access.PasswordPolicy {

  /** Shortest a password may be, as the forms say. */
  static final int MINIMUM_LENGTH = 12;

  /**
   * Longest a password may be: long passphrases are welcome, but a megabyte typed into the field
   * would be hashed and scored at every try (ASVS 2.1.2: at least 64 allowed, over 128 refused).
   */
  static final int MAXIMUM_LENGTH = 128;

  /**
   * bcrypt reads only the first 72 bytes of a password, and Spring Security refuses to hash a
   * longer one rather than cut it silently: a longer one is refused here, beside its field, not
   * halfway through saving it.
   */
  static final int MOST_BYTES = 72;

  /**
   * Parts of a name shorter than this ("Jo", "Lee") are too common inside ordinary words ("asleep")
   * to refuse a password for holding them.
   */
  private static final int SHORTEST_NAME_PART = 4;

  /** Where nbvcxz's advice is in our bundles: its key, without its own "feedback.". */
  private static final String ADVICE = "access.password.advice.";

  private final AccessWords words;

  PasswordRules(AccessWords words) {
    this.words = words;
  }

  @Override
  public Optional<String> problem(String password, String username, String displayName) {
    return problem(
        password, username, displayName, words.say("access.password.problem.holdsYourName"));
  }

  /**
   * What is wrong with this password for this person, in words to show beside the field, or empty
   * when it is good enough; holdsOwnName is what to say when it holds their username or name, in
   * the form's own voice. The length is checked by the forms, with their own wording.
   */
  Optional<String> problem(
      String password, String username, String displayName, String holdsOwnName) {
    if (password.getBytes(StandardCharsets.UTF_8).length > MOST_BYTES) {
      return Optional.of(words.say("access.password.problem.tooManyBytes"));
    }
    Set<String> own = ownWords(username, displayName);
    String folded = fold(password);
    if (own.stream().anyMatch(folded::contains)) {
      return Optional.of(holdsOwnName);
    }
    Result result = estimate(password, own);
    if (result.isMinimumEntropyMet()) {
      return Optional.empty();
    }
    return Optional.of(explained(result.getFeedback()));
  }

  private static Result estimate(String password, Set<String> own) {
    List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
    dictionaries.add(
        new DictionaryBuilder()
            .setDictionaryName("this person")
            .setExclusion(true)
            .addWords(own, 0)
            .createDictionary());
    return new Nbvcxz(
            new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                // Its own English, not the machine's language: only a key of its that our
                // bundles lack is said in its words, and only to an English reader.
                .setLocale(Locale.ROOT)
                .createConfiguration())
        .estimate(password);
  }

  /**
   * nbvcxz's warning and first suggestion, after what the person must do, in the reader's language.
   * nbvcxz speaks neither Welsh nor British English, so its advice is ours, by its key, under
   * {@code access.password.advice.}. A key a later nbvcxz adds, before it is in our bundles, is
   * said in nbvcxz's own English to an English reader and left out for any other.
   */
  private String explained(Feedback feedback) {
    StringBuilder text = new StringBuilder(words.say("access.password.problem.easyToGuess"));
    if (feedback.getWarningKey() != null) {
      advice(feedback.getWarningKey(), feedback.getWarning())
          .ifPresent(w -> text.append(' ').append(w));
    }
    if (!feedback.getSuggestionKeys().isEmpty()) {
      advice(feedback.getSuggestionKeys().get(0), feedback.getSuggestion().get(0))
          .ifPresent(s -> text.append(' ').append(s));
    }
    return text.toString();
  }

  private Optional<String> advice(String key, String nbvcxzEnglish) {
    Optional<String> ours = words.sayIfAny(ADVICE + key.replaceFirst("^feedback\\.", ""));
    if (ours.isPresent()) {
      return ours;
    }
    return words.english() ? Optional.of(nbvcxzEnglish) : Optional.empty();
  }

  /** The username, the name, and each part of either long enough to matter, folded. */
  private static Set<String> ownWords(String username, String displayName) {
    Set<String> words = new LinkedHashSet<>();
    for (String whole : new String[] {username, displayName}) {
      if (whole == null || whole.isBlank()) {
        continue;
      }
      addIfLongEnough(words, fold(whole));
      for (String part : whole.split("[^\\p{L}\\p{N}]+")) {
        addIfLongEnough(words, fold(part));
      }
    }
    return words;
  }

  private static void addIfLongEnough(Set<String> words, String word) {
    if (word.length() >= SHORTEST_NAME_PART) {
      words.add(word);
    }
  }

  /** Lower case, letters and digits only: "R.Fenwick-2026" holds "rfenwick". */
  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }
}
