package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.MessageSourceResourceBundleLocator;

/** A rating, a range and a date that happened each say one thing, in the words given. */
class AnswerConstraintsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  private static final Validator VALIDATOR =
      Validation.byDefaultProvider()
          .configure()
          // As in the application: a message in braces is a key of the message bundles.
          .messageInterpolator(
              new ResourceBundleMessageInterpolator(
                  new MessageSourceResourceBundleLocator(sharedBundle())))
          .clockProvider(
              () -> Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
          .buildValidatorFactory()
          .getValidator();

  record Answers(
      @Rating(from = 0, message = "Select how safe she feels") Integer feelingSafe,
      @InRange(from = 1, to = 600, message = "Between 1 and 600 minutes") Integer minutes,
      @UpToToday(missing = "Enter the date") LocalDate heldOn) {}

  @Test
  void aMissingRatingAndAMissingDateEachGiveTheirOwnMessageOnce() {
    assertThat(problems(new Answers(null, null, null)))
        .containsExactlyInAnyOrder(
            "feelingSafe: Select how safe she feels", "heldOn: Enter the date");
  }

  @Test
  void outOfRangeOnEitherSideGivesTheSameMessage() {
    assertThat(problems(new Answers(-1, 0, TODAY)))
        .containsExactlyInAnyOrder(
            "feelingSafe: Select how safe she feels", "minutes: Between 1 and 600 minutes");
    assertThat(problems(new Answers(6, 601, TODAY)))
        .containsExactlyInAnyOrder(
            "feelingSafe: Select how safe she feels", "minutes: Between 1 and 600 minutes");
    assertThat(problems(new Answers(0, 600, TODAY))).isEmpty();
  }

  @Test
  void aDateInTheFutureIsRefusedWithTheUsualMessage() {
    assertThat(problems(new Answers(5, 1, TODAY.plusDays(1))))
        .containsExactly("heldOn: The date must be today or in the past");
  }

  private static MessageSource sharedBundle() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static List<String> problems(Answers answers) {
    return VALIDATOR.validate(answers).stream()
        .map((ConstraintViolation<Answers> v) -> v.getPropertyPath() + ": " + v.getMessage())
        .toList();
  }
}
