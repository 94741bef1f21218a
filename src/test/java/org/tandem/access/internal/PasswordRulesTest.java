package org.tandem.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tandem.web.Languages;

/** The password rules, as plain rules without the application. */
class PasswordRulesTest {

  private final PasswordRules rules = inEnglish();

  /** The rules as the application has them, outside a request: in English. */
  static PasswordRules inEnglish() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages-access");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return new PasswordRules(new AccessWords(messages));
  }

  @Test
  void commonAndGuessablePasswordsAreRefusedWithWhy() {
    assertThat(problem("aaaaaaaaaaaa")).contains("harder to guess", "Repeats like \"aaa\"");
    assertThat(problem("password1234")).contains("harder to guess", "common password");
    assertThat(problem("qwertyuiop12")).contains("harder to guess");
    assertThat(problem("Password2026!")).contains("harder to guess");
  }

  @Test
  void thePersonsOwnNamesAreRefusedHoweverWritten() {
    for (String password :
        new String[] {
          "R.Fenwick-quartz-ferry", "quartz ferry FENWICK 88", "rosa moss quartz ferry"
        }) {
      assertThat(problem(password)).as(password).isEqualTo("holds own name");
    }
  }

  @Test
  void aLongRandomPassphraseIsTaken() {
    assertThat(rules.problem("violet anchor tundra mosaic", "r.fenwick", "Rosa Fenwick", "x"))
        .isEmpty();
    assertThat(rules.problem("Quartz lantern ferry moss", null, null, "x")).isEmpty();
  }

  @Test
  void inWelshTheCheckersAdviceIsWelshToo() {
    try {
      LocaleContextHolder.setLocale(Languages.WELSH);
      assertThat(problem("aaaaaaaaaaaa"))
          .isEqualTo(
              "Dewiswch gyfrinair sy'n anoddach ei ddyfalu. Mae ailadrodd fel \"aaa\" yn hawdd ei"
                  + " ddyfalu. Osgowch ailadrodd geiriau a nodau.");
      assertThat(problem("password1234"))
          .startsWith("Dewiswch gyfrinair sy'n anoddach ei ddyfalu. ")
          .contains("cyfrinair", "cyffredin")
          .doesNotContain("password", "common");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  /**
   * Every piece of advice nbvcxz can give has our words in English and Welsh: otherwise a Welsh
   * reader would be told only to choose a harder password, without why.
   */
  @Test
  void everyPieceOfTheCheckersAdviceHasOurWordsInEveryLanguage() throws IOException {
    List<String> nbvcxzKeys =
        Collections.list(ResourceBundle.getBundle("feedback", Locale.ROOT).getKeys());
    Properties english = load("messages-access.properties");
    Properties welsh = load("messages-access_cy.properties");
    List<String> missing = new ArrayList<>();
    for (String key : nbvcxzKeys) {
      String ours = "access.password.advice." + key.replaceFirst("^feedback\\.", "");
      if (!english.containsKey(ours) || !welsh.containsKey(ours)) {
        missing.add(ours);
      }
    }
    assertThat(nbvcxzKeys).hasSizeGreaterThan(20);
    assertThat(missing).isEmpty();
  }

  private static Properties load(String bundle) throws IOException {
    Properties p = new Properties();
    try (Reader in =
        Files.newBufferedReader(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  private String problem(String password) {
    return rules.problem(password, "r.fenwick", "Rosa Fenwick", "holds own name").orElse("");
  }
}
