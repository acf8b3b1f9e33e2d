package org.yjtracker.platform.boundary;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Completes the component schemas Payara derives from the application's classes. For a class (not a
 * record) Payara lists only the fields that carry an annotation it reads, and an array field
 * without its item type, which OpenAPI 3.0 requires. Such a schema is completed here from the
 * class's public fields (what JSON-B binds): missing properties, item types, {@code type: object}.
 * Classes are found by simple name among the application's own classes.
 */
final class OpenApiSchemas {

  private final Map<String, List<Class<?>>> classes;
  private final Set<String> components;

  private OpenApiSchemas(Map<String, List<Class<?>>> classes, Set<String> components) {
    this.classes = classes;
    this.components = components;
  }

  static void complete(Map<String, Schema> schemas) {
    if (schemas == null || schemas.isEmpty()) {
      return;
    }
    var completion = new OpenApiSchemas(applicationClasses(), schemas.keySet());
    schemas.forEach(completion::complete);
  }

  private void complete(String name, Schema schema) {
    if (schema.getRef() != null) {
      return;
    }
    Set<String> listed =
        schema.getProperties() == null ? Set.of() : schema.getProperties().keySet();
    List<Class<?>> candidates =
        classes.getOrDefault(name, List.of()).stream().filter(c -> !c.isEnum()).toList();
    // Two classes may share a simple name (the nested StandardInput of frameworks and of
    // inspections): the one whose fields include every property Payara listed is the one it
    // described. If none does, Payara merged both into one schema: only item types are added.
    Class<?> described =
        candidates.stream()
            .filter(c -> properties(c).keySet().containsAll(listed))
            .findFirst()
            .orElse(null);
    if (described != null) {
      if (schema.getType() == null) {
        schema.setType(SchemaType.OBJECT);
      }
      properties(described)
          .forEach(
              (property, type) -> {
                if (!listed.contains(property)) {
                  schema.addProperty(property, of(type));
                }
              });
    }
    for (String property : listed) {
      Schema existing = schema.getProperties().get(property);
      if (existing.getType() == SchemaType.ARRAY && existing.getItems() == null) {
        candidates.stream()
            .map(c -> properties(c).get(property))
            .filter(java.util.Objects::nonNull)
            .findFirst()
            .ifPresent(type -> existing.setItems(itemsOf(type)));
      }
    }
  }

  private static Map<String, Type> properties(Class<?> type) {
    Map<String, Type> properties = new java.util.LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent c : type.getRecordComponents()) {
        properties.put(c.getName(), c.getGenericType());
      }
      return properties;
    }
    for (Field field : type.getFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        properties.put(field.getName(), field.getGenericType());
      }
    }
    return properties;
  }

  private Schema itemsOf(Type collection) {
    if (collection instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      return of(p.getActualTypeArguments()[0]);
    }
    if (collection instanceof Class<?> c && c.isArray()) {
      return of(c.getComponentType());
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  private Schema of(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      if (Collection.class.isAssignableFrom(raw)) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(itemsOf(p));
      }
      return OASFactory.createSchema().type(SchemaType.OBJECT);
    }
    if (!(type instanceof Class<?> c)) {
      return OASFactory.createSchema().type(SchemaType.OBJECT);
    }
    if (c.isArray()) {
      return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(c.getComponentType()));
    }
    if (c == String.class || c == char.class || c == Character.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (c == long.class || c == Long.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int64");
    }
    if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
      return OASFactory.createSchema().type(SchemaType.INTEGER).format("int32");
    }
    if (c == boolean.class || c == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (Number.class.isAssignableFrom(c) || c == double.class || c == float.class) {
      return OASFactory.createSchema()
          .type(SchemaType.NUMBER)
          .format(c == BigDecimal.class ? null : "double");
    }
    if (c == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (c == Instant.class || c == LocalDateTime.class || c == OffsetDateTime.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
    }
    if (c.isEnum()) {
      var schema = OASFactory.createSchema().type(SchemaType.STRING);
      Arrays.stream(c.getEnumConstants()).forEach(e -> schema.addEnumeration(e.toString()));
      return schema;
    }
    if (components.contains(c.getSimpleName())) {
      return OASFactory.createSchema().ref(c.getSimpleName());
    }
    return OASFactory.createSchema().type(SchemaType.OBJECT);
  }

  /**
   * The application's own classes by simple name, read from the folder this class was loaded from;
   * empty when the application is not unpacked.
   */
  private static Map<String, List<Class<?>>> applicationClasses() {
    ClassLoader loader = OpenApiSchemas.class.getClassLoader();
    Map<String, List<Class<?>>> byName = new HashMap<>();
    try {
      var here = OpenApiSchemas.class.getResource(OpenApiSchemas.class.getSimpleName() + ".class");
      if (here == null || !"file".equals(here.getProtocol())) {
        return Map.of();
      }
      Path classesRoot = Path.of(here.toURI());
      for (int i = OpenApiSchemas.class.getName().split("\\.").length; i > 0; i--) {
        classesRoot = classesRoot.getParent();
      }
      Path root = classesRoot;
      try (Stream<Path> files = Files.walk(root.resolve("org/yjtracker"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          String relative = root.relativize(file).toString();
          String className = relative.substring(0, relative.length() - 6).replace('/', '.');
          try {
            Class<?> type = Class.forName(className, false, loader);
            if (!type.isAnonymousClass() && !type.isSynthetic()) {
              byName.computeIfAbsent(type.getSimpleName(), n -> new ArrayList<>()).add(type);
            }
          } catch (ReflectiveOperationException | LinkageError e) {
            // A class that cannot be loaded describes no schema.
          }
        }
      }
    } catch (IOException | URISyntaxException e) {
      return Map.of();
    }
    return byName;
  }
}
