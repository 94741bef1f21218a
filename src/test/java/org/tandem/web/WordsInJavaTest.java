package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A sentence a user reads is never written in Java, where it could only be English: a validation
 * message names its key in the bundle ({@code message = "{referral.problem.enterName}"}), and a
 * problem beside a field or a banner after a save is looked up in the reader's language. This reads
 * every main source file for the ways English used to be written there, so that a Welsh reader
 * never again meets an English sentence on a Welsh page.
 */
class WordsInJavaTest {

  private static final List<Pattern> ENGLISH_IN_JAVA =
      List.of(
          // A constraint's message or missing-date message that is not a {bundle.key}.
          Pattern.compile("\\b(?:message|missing)\\s*=\\s*\"(?!\\{)[^\"]*\""),
          // A problem beside a field written as an English sentence.
          Pattern.compile("new FieldProblem\\([^,()]+,\\s*\"[A-Z][a-z]+ [^\"]*\""),
          Pattern.compile("\\binvalid\\(\"[A-Za-z.\\[\\]0-9]+\",\\s*\"[A-Z][a-z]+ [^\"]*\""),
          // A banner after a save written as an English sentence.
          Pattern.compile("addFlashAttribute\\(\\s*\"[a-zA-Z]+\",\\s*\"[A-Z][a-z]+ [^\"]*\""),
          // A problem in an imported file written as an English sentence, not a key and its
          // arguments; or through the reader's helper, problem(column, ...).
          Pattern.compile("new ImportProblem\\([^;]*?\"[A-Z][a-z]+ [^\"]*\""),
          Pattern.compile("\\bproblem\\(\\s*(?:null|\"[a-z_]+\"|\\w+),\\s*\"[A-Z][a-z]+ [^\"]*\""),
          // A problem written by a servlet filter in English words rather than bundle keys.
          Pattern.compile("\\.write\\(\\s*(?:request,\\s*)?response,[^;]*\"[A-Z][a-z]+ [^\"]*\""),
          // A problem titled with its status's English reason phrase, not WebWords.title.
          Pattern.compile("\\b(?:setTitle|said|formatted)\\([^;]*getReasonPhrase\\(\\)"));

  @Test
  void noSentenceAUserReadsIsWrittenInJava() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        for (Pattern english : ENGLISH_IN_JAVA) {
          Matcher m = english.matcher(source);
          while (m.find()) {
            found.add(file + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).as("sentences to move into the message bundles").isEmpty();
  }

  @Test
  void theCheckFindsASentenceWrittenInJava() {
    String source =
        """
        @NotBlank(message = "Enter his given name") String givenName,
        throw new InvalidRequestException(List.of(new FieldProblem(field, "Change at least one")));
        throw invalid("groupId", "Choose a group in the case's area");
        redirect.addFlashAttribute("saved", "Note recorded");
        Problems.write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow it.");
        problem.setTitle(status.getReasonPhrase());
        problems.add(new ImportProblem(1, null, null, "The file is empty"));
        new ImportProblem(
            r.rowNumber(), "case", r.caseCode(), "This case code is already imported into " + name);
        problem("sessions", "Enter the number of sessions attended, or completed");
        problems.add(new ImportProblem(1, null, null, "outcomes.import.problem.empty"));
        problem("sessions", "outcomes.import.problem.sessions");
        @NotBlank(message = "{referral.problem.enterGivenName}") String fine,
        problems.write(request, response, status, "access.api.problem.noToken.title", "x.detail");
        problem.setTitle(WebWords.title(status));
        """;
    long sentences =
        ENGLISH_IN_JAVA.stream().mapToLong(p -> p.matcher(source).results().count()).sum();
    assertThat(sentences).isEqualTo(9);
  }
}
