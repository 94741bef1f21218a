package org.tandem.web;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler of Tandem's own, read from Spring MVC's handler mapping, so an endpoint added
 * tomorrow is fuzzed without anyone listing it: its address pattern, each method it takes (all of
 * them when it names none), and what its parameters say it reads — query or form fields, a JSON
 * body's type, a file.
 */
final class FuzzEndpoints {

  /** What a field of a form or a JSON body is: its name and Java type. */
  record FieldOf(String name, Type type) {}

  /** One handler as one method at one address pattern. */
  record Endpoint(
      String pattern,
      HttpMethod method,
      String handler,
      List<FieldOf> params,
      List<FieldOf> formFields,
      Type body,
      List<String> files) {

    boolean api() {
      return pattern.startsWith("/api/");
    }

    boolean changes() {
      return method != HttpMethod.GET;
    }

    @Override
    public String toString() {
      return method + " " + pattern + " (" + handler + ")";
    }
  }

  private static final List<HttpMethod> ALL =
      List.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

  private static final Set<Class<?>> SIMPLE_HOLDERS = Set.of(Map.class, List.class, Set.class);

  private FuzzEndpoints() {}

  static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
    List<Endpoint> found = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
      HandlerMethod handler = e.getValue();
      // Tandem's own; springdoc's description is another item of issue 15.
      if (!handler.getBeanType().getName().startsWith("org.tandem.")) {
        continue;
      }
      RequestMappingInfo info = e.getKey();
      Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
      List<HttpMethod> methods =
          declared.isEmpty()
              ? ALL
              : declared.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
      for (String pattern : info.getPatternValues()) {
        for (HttpMethod method : methods) {
          found.add(endpoint(pattern, method, handler));
        }
      }
    }
    found.sort(Comparator.comparing(Endpoint::toString));
    return found;
  }

  private static Endpoint endpoint(String pattern, HttpMethod method, HandlerMethod handler) {
    List<FieldOf> params = new ArrayList<>();
    List<FieldOf> form = new ArrayList<>();
    List<String> files = new ArrayList<>();
    Type body = null;
    for (MethodParameter p : handler.getMethodParameters()) {
      p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
      Class<?> type = p.getParameterType();
      RequestParam rp = p.getParameterAnnotation(RequestParam.class);
      if (p.hasParameterAnnotation(PathVariable.class)) {
        continue;
      }
      if (p.hasParameterAnnotation(RequestBody.class)) {
        body = p.getGenericParameterType();
      } else if (MultipartFile.class.isAssignableFrom(type)) {
        files.add(rp != null && !rp.name().isEmpty() ? rp.name() : p.getParameterName());
      } else if (rp != null) {
        params.add(
            new FieldOf(
                !rp.name().isEmpty() ? rp.name() : p.getParameterName(),
                p.getGenericParameterType()));
      } else if (p.hasParameterAnnotation(ModelAttribute.class) || bindable(type)) {
        form.addAll(fields(type));
      }
    }
    return new Endpoint(
        pattern,
        method,
        handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName(),
        List.copyOf(params),
        List.copyOf(form),
        body,
        List.copyOf(files));
  }

  /** A type Spring binds from request parameters when the handler gives it no annotation. */
  private static boolean bindable(Class<?> type) {
    return !BeanUtils.isSimpleProperty(type)
        && type.getName().startsWith("org.tandem.")
        && !type.isInterface();
  }

  /** The settable fields of a form or JSON type: a record's components, or a bean's fields. */
  static List<FieldOf> fields(Class<?> type) {
    Map<String, FieldOf> fields = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        fields.put(c.getName(), new FieldOf(c.getName(), c.getGenericType()));
      }
    } else {
      for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
        for (Field f : t.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers())) {
            fields.putIfAbsent(f.getName(), new FieldOf(f.getName(), f.getGenericType()));
          }
        }
      }
    }
    return List.copyOf(fields.values());
  }

  /** The class of a type, or of the elements of a list or set of it. */
  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  static Type element(Type type) {
    if (type instanceof ParameterizedType p
        && SIMPLE_HOLDERS.stream().anyMatch(h -> h.isAssignableFrom(raw(p)))) {
      Type[] args = p.getActualTypeArguments();
      return args[args.length - 1];
    }
    if (type instanceof Class<?> c && c.isArray()) {
      return c.getComponentType();
    }
    return Object.class;
  }
}
