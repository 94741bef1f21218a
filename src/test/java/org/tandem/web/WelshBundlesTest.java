package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word is there in Welsh (and in any other language {@link Languages} offers): for every
 * bundle in {@code spring.messages.basename}, its twin for the language ({@code messages-X_cy})
 * exists, gives every key a value that is not empty, holds no key the English lacks, and uses the
 * same placeholders {0}, {1}... A missing word would otherwise show in English on a Welsh page
 * without anyone noticing. It also checks the apostrophes as {@link TypedTextTest} does for
 * English: doubled in a message with placeholders, single in one without; and that each message
 * with placeholders is one MessageFormat can read.
 */
class WelshBundlesTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  static Stream<Arguments> bundlesAndLanguages() {
    return Languages.SUPPORTED.stream()
        .filter(l -> !l.equals(Languages.ENGLISH))
        .flatMap(l -> TypedTextTest.basenames().stream().map(b -> Arguments.of(b, l)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("bundlesAndLanguages")
  void everyKeyHasItsTranslationWithTheSamePlaceholders(String bundle, Locale language)
      throws IOException {
    Path twin = RESOURCES.resolve(bundle + "_" + language.getLanguage() + ".properties");
    assertThat(twin).as("the %s twin of %s", language.getDisplayLanguage(), bundle).exists();
    Properties english = load(RESOURCES.resolve(bundle + ".properties"));
    Properties translated = load(twin);

    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      String value = translated.getProperty(key);
      if (value == null || value.isBlank()) {
        wrong.add(key + ": no translation");
      } else if (!placeholders(value).equals(placeholders(english.getProperty(key)))) {
        wrong.add(
            key
                + ": placeholders "
                + placeholders(value)
                + " where the English has "
                + placeholders(english.getProperty(key)));
      }
    }
    for (String key : new TreeSet<>(translated.stringPropertyNames())) {
      if (!english.containsKey(key)) {
        wrong.add(key + ": not in the English bundle");
      }
    }
    assertThat(wrong).as("%s in %s", bundle, language.getDisplayLanguage()).isEmpty();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("bundlesAndLanguages")
  void apostrophesSuitHowEachMessageIsRead(String bundle, Locale language) throws IOException {
    Path twin = RESOURCES.resolve(bundle + "_" + language.getLanguage() + ".properties");
    if (!Files.exists(twin)) {
      return; // the test above names it
    }
    Properties translated = load(twin);
    List<String> wrong = new ArrayList<>();
    for (String key : new TreeSet<>(translated.stringPropertyNames())) {
      String value = translated.getProperty(key);
      boolean formatted = !placeholders(value).isEmpty();
      if (formatted && value.replace("''", "").contains("'")) {
        wrong.add(key + " has placeholders, so its apostrophes must be doubled: " + value);
      } else if (!formatted && value.contains("''")) {
        wrong.add(key + " has no placeholders, so its apostrophes must be single: " + value);
      } else if (formatted && !readable(value, language)) {
        wrong.add(key + " is not a message MessageFormat can read: " + value);
      }
    }
    assertThat(wrong).as("%s in %s", bundle, language.getDisplayLanguage()).isEmpty();
  }

  private static boolean readable(String value, Locale language) {
    try {
      new MessageFormat(value, language).format(new Object[] {1, 2, 3, 4, 5, 6});
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Set<String> placeholders(String value) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(Path path) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
