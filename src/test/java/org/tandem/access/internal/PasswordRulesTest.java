package org.tandem.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

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

  private String problem(String password) {
    return rules.problem(password, "r.fenwick", "Rosa Fenwick", "holds own name").orElse("");
  }
}
