package org.yjtracker.platform.control;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads enum values from query strings. JAX-RS answers an unconvertible query parameter with 404; a
 * client who mistyped a filter deserves a 400 naming the parameter and the allowed values.
 */
public final class Enums {

  private Enums() {}

  public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field,
          "Unknown value '"
              + value
              + "'; use one of "
              + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }
  }

  /** As {@link #parse}, but a wrong value is added to {@code errors} (and null answered). */
  public static <E extends Enum<E>> E parseInto(
      Class<E> type, String value, String field, List<FieldError> errors) {
    try {
      return parse(type, value, field);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  public static <E extends Enum<E>> Set<E> parseAll(
      Class<E> type, List<String> values, String field) {
    Set<E> parsed = EnumSet.noneOf(type);
    if (values != null) {
      values.stream()
          .flatMap(v -> Arrays.stream(v.split(",")))
          .filter(v -> !v.isBlank())
          .forEach(v -> parsed.add(parse(type, v, field)));
    }
    return parsed;
  }
}
