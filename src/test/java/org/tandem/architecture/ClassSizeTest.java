package org.tandem.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No class over 400 lines: a class that long does more than one thing the service would name, and
 * is split into classes that each do one. Counts the lines of every Java source under {@code
 * src/main/java} and names each file over the limit with its count.
 */
class ClassSizeTest {

  private static final Path MAIN = Path.of("src/main/java");
  private static final int MOST_LINES = 400;

  @Test
  void noSourceFileIsOver400Lines() throws IOException {
    List<String> tooLong;
    try (Stream<Path> files = Files.walk(MAIN)) {
      tooLong =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .sorted()
              .map(f -> new Object[] {f, lines(f)})
              .filter(f -> (long) f[1] > MOST_LINES)
              .map(f -> f[0] + " has " + f[1] + " lines")
              .toList();
    }
    assertThat(Files.isDirectory(MAIN))
        .as("the main sources are found from " + MAIN.toAbsolutePath())
        .isTrue();
    assertThat(tooLong)
        .as(
            "Java sources over "
                + MOST_LINES
                + " lines; split each into classes that each do one thing:\n  "
                + String.join("\n  ", tooLong)
                + "\n")
        .isEmpty();
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
