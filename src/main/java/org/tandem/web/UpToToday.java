package org.tandem.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The date something happened: required, and today or earlier on the service's calendar (the
 * validator asks the service clock).
 */
@Documented
@NotNull
@PastOrPresent
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface UpToToday {

  /** What to say when no date was given. */
  @OverridesAttribute(constraint = NotNull.class, name = "message")
  String missing();

  @OverridesAttribute(constraint = PastOrPresent.class, name = "message")
  String message() default "{web.date.todayOrEarlier}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
