package org.tandem.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the REST API. Its answers are JSON (failures problem details, from {@link
 * ApiExceptionHandler}), and every operation is documented as needing a personal API token, so no
 * controller can be published without saying so.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping
@Tag(name = "")
@SecurityRequirement(name = "bearer")
public @interface ApiController {

  /** The address every path of the controller starts from; none when each method names its own. */
  @AliasFor(annotation = RequestMapping.class, attribute = "path")
  String[] path() default {};

  /** The heading its operations are listed under in the API documentation. */
  @AliasFor(annotation = Tag.class, attribute = "name")
  String tag();
}
