package org.tandem.partnersupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.tandem.web.FieldProblem;

/** Her follow-up evaluations: only once she is reached, never dated before, once per point. */
class EvaluationRulesTest {

  private static final LocalDate REACHED = LocalDate.of(2026, 3, 4);

  /** The rules in English, from the bundle as the application reads it. */
  private static final EvaluationRules.Words ENGLISH =
      new EvaluationRules.Words() {
        private final ResourceBundleMessageSource messages = bundle();

        @Override
        public String say(String key, Object... args) {
          return messages.getMessage(key, args, locale());
        }

        @Override
        public Locale locale() {
          return Locale.UK;
        }
      };

  private static ResourceBundleMessageSource bundle() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages-partnersupport");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static java.util.List<FieldProblem> problems(
      NewHerEvaluation evaluation, LocalDate reachedOn, Set<EvaluationPoint> recorded) {
    return EvaluationRules.problems(evaluation, reachedOn, recorded, ENGLISH);
  }

  private static NewHerEvaluation at(EvaluationPoint point, LocalDate completedOn) {
    return new NewHerEvaluation(point, completedOn, 4, 4, 4, 0, 4, 4, 4, 4, 4, 4, 0, null);
  }

  @Test
  void anEvaluationOnOrAfterTheDateSheWasReachedIsFine() {
    assertThat(problems(at(EvaluationPoint.THREE_MONTHS, REACHED), REACHED, Set.of())).isEmpty();
    assertThat(
            problems(
                at(EvaluationPoint.SIX_MONTHS, REACHED.plusMonths(6)),
                REACHED,
                EnumSet.of(EvaluationPoint.THREE_MONTHS)))
        .isEmpty();
  }

  @Test
  void beforeSheIsReachedThereIsNothingToEvaluate() {
    assertThat(problems(at(EvaluationPoint.THREE_MONTHS, REACHED), null, Set.of()))
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "point",
                "She has not been reached yet. Her follow-up evaluations start from the date she is"
                    + " first contacted"));
  }

  @Test
  void anEvaluationDatedBeforeSheWasReachedIsRefused() {
    assertThat(problems(at(EvaluationPoint.THREE_MONTHS, REACHED.minusDays(1)), REACHED, Set.of()))
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "completedOn",
                "The date must be on or after 4 March 2026, when she was first reached"));
  }

  @Test
  void eachPointIsRecordedOnce() {
    assertThat(
            problems(
                at(EvaluationPoint.EIGHTEEN_MONTHS, REACHED.plusMonths(18)),
                REACHED,
                EnumSet.of(EvaluationPoint.EIGHTEEN_MONTHS)))
        .extracting(FieldProblem::field, FieldProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "point", "Her 18-month evaluation is already recorded. Choose another follow-up"));
  }

  @Test
  void theScheduleRunsFromTheDateSheWasReached() {
    assertThat(EvaluationPoint.THREE_MONTHS.dueOn(REACHED)).isEqualTo(LocalDate.of(2026, 6, 4));
    assertThat(EvaluationPoint.SIX_MONTHS.dueOn(REACHED)).isEqualTo(LocalDate.of(2026, 9, 4));
    assertThat(EvaluationPoint.EIGHTEEN_MONTHS.dueOn(REACHED)).isEqualTo(LocalDate.of(2027, 9, 4));
    assertThat(EvaluationPoint.SIX_MONTHS.taskKind()).isEqualTo("EVALUATION_6_MONTHS");
    assertThat(EvaluationPoint.EIGHTEEN_MONTHS.label()).isEqualTo("18 months");
  }
}
