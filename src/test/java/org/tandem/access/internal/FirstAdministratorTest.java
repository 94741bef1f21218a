package org.tandem.access.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The first administrator's password, from the environment, meets the same rules as any other: a
 * weak one creates nobody, before the database is asked anything (here there is none to ask, so
 * reaching it fails).
 */
class FirstAdministratorTest {

  @Test
  void aWeakPasswordFromTheEnvironmentCreatesNobody() {
    assertThatCode(() -> withPassword("password1234").createIfNobodyCanSignIn())
        .doesNotThrowAnyException();
    assertThatCode(() -> withPassword("aaaaaaaaaaaa").createIfNobodyCanSignIn())
        .doesNotThrowAnyException();
  }

  @Test
  void aStrongOneGoesOnToTheDatabase() {
    assertThatThrownBy(() -> withPassword("violet anchor tundra mosaic").createIfNobodyCanSignIn())
        .isInstanceOf(RuntimeException.class);
  }

  private static FirstAdministrator withPassword(String password) {
    return new FirstAdministrator(
        null, null, null, PasswordRulesTest.inEnglish(), "first.admin", password);
  }
}
