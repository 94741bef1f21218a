package org.tandem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * On a new database, every role that works with cases must use a second factor: the roles the
 * migration puts in the setting are exactly those. (The tests' own database holds the demo data,
 * which turns the setting off, so the migration itself is read.)
 */
class SecondFactorDefaultTest {

  @Test
  void aNewDatabaseRequiresItOfEveryRoleThatWorksWithCases() throws Exception {
    String migration =
        Files.readString(Path.of("src/main/resources/db/migration/V27__second_factor.sql"));
    Matcher insert =
        Pattern.compile("INSERT INTO second_factor_role \\(role\\)\\s+VALUES ([^;]+);")
            .matcher(migration);
    assertThat(insert.find()).isTrue();
    List<Role> inserted =
        Pattern.compile("'([A-Z_]+)'")
            .matcher(insert.group(1))
            .results()
            .map(m -> Role.valueOf(m.group(1)))
            .toList();

    assertThat(inserted)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Role.values()).filter(Role::worksWithCases).toList());
  }
}
