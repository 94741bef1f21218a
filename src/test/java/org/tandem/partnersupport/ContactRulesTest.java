package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.web.FieldProblem;

class ContactRulesTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 12, 0);

  private static NewContactAttempt attempt(
      ContactMethod method, LocalTime at, ContactOutcome outcome, Boolean safe) {
    return new NewContactAttempt(method, LocalDate.of(2026, 11, 23), at, outcome, null, null, safe);
  }

  private static List<String> fields(List<FieldProblem> problems) {
    return problems.stream().map(FieldProblem::field).toList();
  }

  @Test
  void aWaySheRefusedIsNeverUsed() {
    List<FieldProblem> problems =
        ContactRules.problems(
            attempt(ContactMethod.TEXT, LocalTime.of(10, 0), ContactOutcome.NO_ANSWER, true),
            Set.of(ContactMethod.TEXT),
            true,
            NOW);
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("method");
              assertThat(p.message()).isEqualTo("partnersupport.problem.attempt.refused.text");
            });
  }

  @Test
  void withSafeTimesRecordedTheWorkerMustConfirmTheAttemptFellWithinThem() {
    NewContactAttempt unconfirmed =
        attempt(ContactMethod.PHONE, LocalTime.of(10, 0), ContactOutcome.NO_ANSWER, null);
    assertThat(fields(ContactRules.problems(unconfirmed, Set.of(), true, NOW)))
        .containsExactly("withinSafeTimes");
    assertThat(ContactRules.problems(unconfirmed, Set.of(), false, NOW))
        .as("no safe times recorded: nothing to confirm")
        .isEmpty();
  }

  @Test
  void anAttemptCannotBeLaterThanNow() {
    assertThat(
            fields(
                ContactRules.problems(
                    attempt(
                        ContactMethod.PHONE, LocalTime.of(12, 1), ContactOutcome.NO_ANSWER, true),
                    Set.of(),
                    true,
                    NOW)))
        .containsExactly("attemptedOn");
  }

  @Test
  void theOutcomeMustFitTheMethod() {
    assertThat(
            fields(
                ContactRules.problems(
                    attempt(ContactMethod.PHONE, LocalTime.of(9, 0), ContactOutcome.MET_HER, true),
                    Set.of(),
                    true,
                    NOW)))
        .containsExactly("outcome");
    assertThat(
            fields(
                ContactRules.problems(
                    attempt(
                        ContactMethod.OUTREACH_CHILDRENS_CENTRE,
                        LocalTime.of(9, 0),
                        ContactOutcome.NO_ANSWER,
                        true),
                    Set.of(),
                    true,
                    NOW)))
        .containsExactly("outcome");
    assertThat(
            ContactRules.problems(
                attempt(
                    ContactMethod.OUTREACH_SOCIAL_WORK_OFFICE,
                    LocalTime.of(9, 0),
                    ContactOutcome.MET_HER,
                    true),
                Set.of(ContactMethod.PHONE),
                true,
                NOW))
        .isEmpty();
  }

  @Test
  void theLetterIsNotAnAttempt() {
    assertThat(ContactMethod.attempts()).doesNotContain(ContactMethod.LETTER);
    assertThat(
            fields(
                ContactRules.problems(
                    attempt(
                        ContactMethod.LETTER, LocalTime.of(9, 0), ContactOutcome.NO_ANSWER, true),
                    Set.of(),
                    true,
                    NOW)))
        .containsExactly("method");
  }
}
