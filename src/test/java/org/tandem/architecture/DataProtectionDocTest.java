package org.tandem.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/data-protection.md}, the DPIA's technical annex, names the test that proves each
 * promise. A test renamed or deleted fails here instead of leaving the annex claiming what nothing
 * checks; so does an annex that stops answering one of the questions a DPO asks.
 */
class DataProtectionDocTest {

  private static final Path DOC = Path.of("docs/data-protection.md");
  private static final Path TESTS = Path.of("src/test/java");
  private static final Pattern NAMED_TEST = Pattern.compile("`([A-Z]\\w*Test)(?:\\.(\\w+))?`");

  @Test
  void everyTestNamedAsProofExists() throws IOException {
    Map<String, String> sources = testSources();
    List<String> missing = new ArrayList<>();
    int named = 0;
    Matcher m = NAMED_TEST.matcher(Files.readString(DOC));
    while (m.find()) {
      named++;
      String source = sources.get(m.group(1));
      if (source == null) {
        missing.add(m.group(1));
      } else if (m.group(2) != null
          && !Pattern.compile("void " + m.group(2) + "\\(").matcher(source).find()) {
        missing.add(m.group(1) + "." + m.group(2));
      }
    }
    assertThat(named).as("tests named in " + DOC).isGreaterThan(20);
    assertThat(missing).as("tests named in " + DOC + " that do not exist").isEmpty();
  }

  @Test
  void theAnnexAnswersWhatADataProtectionOfficerAsks() throws IOException {
    List<String> headings =
        Files.readAllLines(DOC).stream().filter(line -> line.startsWith("## ")).toList();
    assertThat(String.join("\n", headings).toLowerCase())
        .contains("what tandem holds")
        .contains("who may see")
        .contains("lawful basis")
        .contains("rights")
        .contains("retention")
        .contains("encrypt")
        .contains("audit")
        .contains("backup");
  }

  private static Map<String, String> testSources() throws IOException {
    Map<String, String> sources = new HashMap<>();
    try (Stream<Path> files = Files.walk(TESTS)) {
      for (Path file : files.filter(f -> f.toString().endsWith("Test.java")).toList()) {
        sources.put(file.getFileName().toString().replace(".java", ""), Files.readString(file));
      }
    }
    return sources;
  }
}
