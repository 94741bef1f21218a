package org.tandem.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An API POST that makes something: answered 201 Created, and documented so, rather than the 200
 * the API documentation assumes of a POST. Answering with {@link Created} also gives the new
 * thing's address.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestMapping(method = RequestMethod.POST)
@ResponseStatus(HttpStatus.CREATED)
public @interface PostCreates {

  /** The path, after the controller's own. */
  @AliasFor(annotation = RequestMapping.class, attribute = "path")
  String[] value() default {};
}
