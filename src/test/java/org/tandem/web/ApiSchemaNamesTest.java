package org.tandem.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API documents name each schema by its type's simple name, and when two types share one (a
 * programme group and a women's group are both "Group") the document silently describes one with
 * the other's fields. Every type the API reads or answers with must have a name of its own, from
 * its simple name or an {@code @Schema(name = ...)}.
 */
class ApiSchemaNamesTest {

  @Test
  void everyTypeTheApiReadsOrAnswersHasASchemaNameOfItsOwn() {
    Map<String, Set<String>> byName = new TreeMap<>();
    for (Class<?> type : typesOfTheApi()) {
      byName.computeIfAbsent(schemaName(type), n -> new TreeSet<>()).add(type.getName());
    }
    Map<String, Set<String>> shared =
        byName.entrySet().stream()
            .filter(e -> e.getValue().size() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(shared).as("schema names given to more than one type").isEmpty();
  }

  private static String schemaName(Class<?> type) {
    Schema schema = type.getAnnotation(Schema.class);
    return schema != null && !schema.name().isEmpty() ? schema.name() : type.getSimpleName();
  }

  private static Set<Class<?>> typesOfTheApi() {
    Deque<Type> toVisit = new ArrayDeque<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tandem")) {
      Class<?> controller = c.reflect();
      if (!AnnotatedElementUtils.hasAnnotation(controller, RestController.class)) {
        continue;
      }
      for (Method m : controller.getDeclaredMethods()) {
        if (AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class)) {
          toVisit.add(m.getGenericReturnType());
          for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(RequestBody.class)) {
              toVisit.add(p.getParameterizedType());
            }
          }
        }
      }
    }
    Set<Class<?>> found = new HashSet<>();
    Set<Class<?>> visited = new HashSet<>();
    while (!toVisit.isEmpty()) {
      Type t = toVisit.pop();
      if (t instanceof ParameterizedType p) {
        toVisit.add(p.getRawType());
        toVisit.addAll(List.of(p.getActualTypeArguments()));
      } else if (t instanceof Class<?> c
          && c.getName().startsWith("org.tandem.")
          && visited.add(c)) {
        // A generic type such as Page<T> is named after its arguments, so only its parts count.
        if (c.getTypeParameters().length == 0) {
          found.add(c);
        }
        if (c.isRecord()) {
          for (RecordComponent rc : c.getRecordComponents()) {
            toVisit.add(rc.getGenericType());
          }
        }
      }
    }
    return found;
  }
}
