package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The Welsh of the my-work, planner, subject access, retention, audit, duplicates,
 * non-associations, dataset, report and outcomes bundles reads as Welsh once its values are put in:
 * every key has its Welsh, and in a message with values an apostrophe (i'r, o'r, sy'n) is written
 * twice, so MessageFormat neither drops it nor leaves the rest of the message unfilled.
 */
class WelshWordingTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "messages-mywork",
        "messages-planner",
        "messages-subjectaccess",
        "messages-retention",
        "messages-audit",
        "messages-duplicates",
        "messages-nonassociations",
        "messages-dataset",
        "messages-report",
        "messages-outcomes"
      })
  void everyKeyHasWelshThatFillsInWhole(String bundle) throws IOException {
    Properties english = load(bundle + ".properties");
    Properties welsh = load(bundle + "_cy.properties");
    assertThat(welsh.stringPropertyNames()).isEqualTo(english.stringPropertyNames());

    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename(bundle);
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    for (String key : welsh.stringPropertyNames()) {
      String pattern = welsh.getProperty(key);
      assertThat(pattern).as(key).isNotBlank();
      Matcher arguments = ARGUMENT.matcher(pattern);
      int count = 0;
      while (arguments.find()) {
        count = Math.max(count, Integer.parseInt(arguments.group(1)) + 1);
      }
      if (count == 0) {
        continue;
      }
      Object[] values = new Object[count];
      for (int i = 0; i < count; i++) {
        values[i] = 2;
      }
      String said = messages.getMessage(key, values, WELSH);
      assertThat(said).as(key).doesNotContain("{").doesNotContain("''");
      assertThat(2 * apostrophes(said))
          .as(key + ": each apostrophe written twice")
          .isEqualTo(apostrophes(pattern));
    }
  }

  private static long apostrophes(String text) {
    return text.chars().filter(c -> c == '\'').count();
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = WelshWordingTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
