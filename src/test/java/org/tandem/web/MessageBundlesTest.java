package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every key is written once across the message bundles: a second definition silently wins, and a
 * heading once read "Her DASH: {0} of 24, on {1}" because a sentence reused its key.
 */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources");

  @Test
  void noKeyIsDefinedTwice() throws IOException {
    Map<String, String> firstSeenIn = new HashMap<>();
    List<String> twice = new ArrayList<>();
    try (Stream<Path> files = Files.list(BUNDLES)) {
      for (Path file :
          files
              // A language's twin (messages-x_cy) holds the same keys, translated.
              .filter(f -> f.getFileName().toString().matches("messages.*\\.properties"))
              .filter(f -> !f.getFileName().toString().matches(".*_[a-z]{2}\\.properties"))
              .toList()) {
        for (String line : Files.readAllLines(file)) {
          String trimmed = line.strip();
          if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
            continue;
          }
          String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
          String earlier = firstSeenIn.putIfAbsent(key, file.getFileName().toString());
          if (earlier != null) {
            twice.add(key + " (" + earlier + ", " + file.getFileName() + ")");
          }
        }
      }
    }
    assertThat(firstSeenIn).isNotEmpty();
    assertThat(twice).as("keys defined more than once").isEmpty();
  }
}
