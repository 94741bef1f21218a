package org.tandem.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Iterator;
import org.springframework.stereotype.Component;

/**
 * The API documents read {@code @NotNull}, {@code @Min} and {@code @Max} only where they are
 * written on a field, not inside {@link Rating}, {@link InRange} or {@link UpToToday}; this puts
 * the range and "required" back on the commands' schemas, so an integrator reads the same rules the
 * service applies.
 */
@Component
class RatingsInApiDocs implements ModelConverter {

  @Override
  public Schema<?> resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    Class<?> command = Json.mapper().constructType(type.getType()).getRawClass();
    Schema<?> model = schema == null ? null : defined(schema, context);
    if (model != null && model.getProperties() != null && command.isRecord()) {
      for (RecordComponent component : command.getRecordComponents()) {
        describe(model, component);
      }
    }
    return schema;
  }

  /** A command comes back as a reference; its properties are in the model defined under it. */
  private static Schema<?> defined(Schema<?> schema, ModelConverterContext context) {
    String ref = schema.get$ref();
    return ref == null
        ? schema
        : context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static void describe(Schema<?> schema, RecordComponent component) {
    Schema<?> property = schema.getProperties().get(component.getName());
    if (property == null) {
      return;
    }
    Rating rating = component.getAnnotation(Rating.class);
    if (rating != null) {
      range(property, rating.from(), rating.to());
      required(schema, component);
    }
    InRange range = component.getAnnotation(InRange.class);
    if (range != null) {
      range(property, range.from(), range.to());
    }
    if (component.getAnnotation(UpToToday.class) != null) {
      required(schema, component);
    }
  }

  private static void range(Schema<?> property, long from, long to) {
    property.setMinimum(BigDecimal.valueOf(from));
    property.setMaximum(BigDecimal.valueOf(to));
  }

  private static void required(Schema<?> schema, RecordComponent component) {
    if (schema.getRequired() == null || !schema.getRequired().contains(component.getName())) {
      schema.addRequiredItem(component.getName());
    }
  }
}
