package org.tandem.web;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A number that may be left out but, when given, lies between two bounds; too low and too high
 * share one message that names the range.
 */
@Documented
@Min(0)
@Max(Long.MAX_VALUE)
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface InRange {

  @OverridesAttribute(constraint = Min.class, name = "message")
  @OverridesAttribute(constraint = Max.class, name = "message")
  String message();

  @OverridesAttribute(constraint = Min.class, name = "value")
  long from();

  @OverridesAttribute(constraint = Max.class, name = "value")
  long to();

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
