package org.tandem.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every text and every list that a request can fill has a most it may hold, so no one can store a
 * ten-megabyte reason or twenty thousand partners. Looks at every JSON body the API binds and at
 * every record that carries validation rules of its own (the commands the services validate,
 * whichever door they came through: a page's form is turned into one of these), and walks into the
 * records they hold. A {@code String}, collection, map or array needs {@code @Size(max = ...)}, or
 * for text a {@code @Pattern} that cannot match anything longer than a fixed length; one without
 * either fails the build, named. Bodies that are not records (the CSV import, the planner's
 * figures) are bounded by the server's request size limit instead.
 */
class BoundTextIsLimitedTest {

  private static final List<JavaClass> TANDEM =
      new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.tandem")
              .stream()
              .toList();

  @Test
  void aPatternLimitsTextOnlyWhenEveryRepeatHasAnUpperBound() {
    assertThat(boundedPattern(("^$|^\\+?[0-9 ()-]{10,20}$"))).isTrue();
    assertThat(boundedPattern(("^[A-Za-z]{2,8}$"))).isTrue();
    assertThat(boundedPattern(("^[a-z]+$"))).isFalse();
    assertThat(boundedPattern(("^.*$"))).isFalse();
    assertThat(boundedPattern(("^[0-9]{2,}$"))).isFalse();
  }

  @Test
  void everyBoundTextAndListHasAMaximumSize() {
    Set<String> unlimited = new TreeSet<>();
    Set<Class<?>> seen = new LinkedHashSet<>();
    for (Class<?> root : roots()) {
      walk(root, seen, unlimited);
    }
    assertThat(seen).as("the commands and bodies found").hasSizeGreaterThan(40);
    assertThat(unlimited)
        .as(
            "text or lists a request can fill with no @Size(max = ...); give each a most it may"
                + " hold and a message like \"Reason must be 5,000 characters or fewer\":\n  "
                + String.join("\n  ", unlimited)
                + "\n")
        .isEmpty();
  }

  /** The JSON bodies the handlers bind, and every record with a validation rule of its own. */
  private static List<Class<?>> roots() {
    List<Class<?>> roots = new ArrayList<>();
    for (JavaClass javaClass : TANDEM) {
      Class<?> type = javaClass.reflect();
      if (AnnotatedElementUtils.hasAnnotation(type, Controller.class)) {
        for (Method method : type.getDeclaredMethods()) {
          if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
            for (Parameter parameter : method.getParameters()) {
              if (parameter.isAnnotationPresent(RequestBody.class)) {
                roots.add(parameter.getType());
              }
            }
          }
        }
      }
      if (type.isRecord() && hasRules(type)) {
        roots.add(type);
      }
    }
    return roots;
  }

  private static boolean hasRules(Class<?> record) {
    return Arrays.stream(record.getDeclaredFields())
        .flatMap(f -> Arrays.stream(f.getAnnotations()))
        .anyMatch(BoundTextIsLimitedTest::isConstraint);
  }

  private static boolean isConstraint(Annotation annotation) {
    return annotation.annotationType().getPackageName().startsWith("jakarta.validation")
        || annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class);
  }

  private static void walk(Class<?> type, Set<Class<?>> seen, Set<String> unlimited) {
    if (!type.isRecord() || !type.getPackageName().startsWith("org.tandem") || !seen.add(type)) {
      return;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      Field field;
      try {
        field = type.getDeclaredField(component.getName());
      } catch (NoSuchFieldException e) {
        throw new IllegalStateException(e);
      }
      String name = type.getName() + "." + component.getName();
      if (needsLimit(field.getType())
          && !limited(field.getAnnotationsByType(Size.class))
          && !limited(field.getAnnotation(Pattern.class))) {
        unlimited.add(name);
      }
      contents(field.getAnnotatedType(), name, seen, unlimited);
    }
  }

  /** The elements of a list (or values of a map): text needs its own limit, records are walked. */
  private static void contents(
      AnnotatedType type, String name, Set<Class<?>> seen, Set<String> unlimited) {
    if (type.getType() instanceof Class<?> plain) {
      if (plain.isArray()) {
        walk(plain.getComponentType(), seen, unlimited);
      } else {
        walk(plain, seen, unlimited);
      }
      return;
    }
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        if (argument.getType() == String.class
            && !limited(argument.getAnnotationsByType(Size.class))) {
          unlimited.add(name + "[each]");
        }
        contents(argument, name, seen, unlimited);
      }
    }
  }

  private static boolean needsLimit(Class<?> type) {
    return type == String.class
        || Collection.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type)
        || type.isArray();
  }

  /**
   * Whether one of the field's sizes (there may be several, each with its own message) has a most.
   */
  private static boolean limited(Size... sizes) {
    for (Size size : sizes) {
      if (size.max() < Integer.MAX_VALUE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a pattern bounds the length of what it matches: once escapes and character classes are
   * taken out, it repeats nothing without an upper bound ({@code *}, {@code +} or {@code {n,}}).
   */
  private static boolean limited(Pattern pattern) {
    return pattern != null && boundedPattern(pattern.regexp());
  }

  private static boolean boundedPattern(String regexp) {
    String bare = regexp.replaceAll("\\\\.", "").replaceAll("\\[[^\\]]*\\]", "");
    return !bare.contains("*") && !bare.contains("+") && !bare.matches(".*\\{\\d+,}.*");
  }
}
