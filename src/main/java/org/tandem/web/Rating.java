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
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A rating the worker must choose on a scale (1 to 5 unless said otherwise; 0 where "not asked" is
 * one of the choices). Missing and out of range are the same mistake to the person at the form, so
 * they get the same message.
 */
@Documented
@NotNull
@Min(1)
@Max(5)
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface Rating {

  @OverridesAttribute(constraint = NotNull.class, name = "message")
  @OverridesAttribute(constraint = Min.class, name = "message")
  @OverridesAttribute(constraint = Max.class, name = "message")
  String message();

  @OverridesAttribute(constraint = Min.class, name = "value")
  long from() default 1;

  @OverridesAttribute(constraint = Max.class, name = "value")
  long to() default 5;

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
