package org.yjtracker.web.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yjtracker.platform.control.FieldError;

/**
 * A form as a page shows it: the values to put back in its fields (what the person typed, or the
 * record's values when the form first opens) and the errors found in them. A page shows the errors
 * twice, as GOV.UK's error pattern asks: in a summary at the top linking to each field, and beside
 * the field itself.
 */
public final class Form {

  private final Map<String, List<String>> values;
  private final List<FieldError> errors;
  private final Map<String, String> anchors = new LinkedHashMap<>();

  private Form(Map<String, List<String>> values, List<FieldError> errors) {
    this.values = values;
    this.errors = List.copyOf(errors);
  }

  /** An empty form, for a page that has none to fill. */
  public static Form empty() {
    return new Form(new LinkedHashMap<>(), List.of());
  }

  /** A form showing the values given (field name to value; null values are left out). */
  public static Form of(Map<String, ?> fields) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (value instanceof Iterable<?> many) {
            List<String> list = new ArrayList<>();
            many.forEach(v -> list.add(String.valueOf(v)));
            values.put(name, list);
          } else if (value != null) {
            values.put(name, List.of(String.valueOf(value)));
          }
        });
    return new Form(values, List.of());
  }

  /** The form as submitted, every field with every value it was sent with. */
  public static Form submitted(Map<String, String[]> parameters) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    parameters.forEach((name, given) -> values.put(name, List.of(given)));
    return new Form(values, List.of());
  }

  /** The same values with these errors. */
  public Form withErrors(List<FieldError> found) {
    return new Form(values, found);
  }

  /** The same values and errors, with one field's value replaced. */
  public Form with(String field, Object value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    if (value == null) {
      copy.remove(field);
    } else {
      copy.put(field, List.of(String.valueOf(value)));
    }
    Form form = new Form(copy, errors);
    form.anchors.putAll(anchors);
    return form;
  }

  /**
   * Where the summary's link for a field's errors should lead, when the field's first input has
   * another id (the day box of a date, the first radio of a group).
   */
  public Form anchor(String field, String id) {
    anchors.put(field, id);
    return this;
  }

  /** The first value of a field, or "" when it has none. */
  public String value(String field) {
    List<String> given = values.get(field);
    return given == null || given.isEmpty() || given.get(0) == null ? "" : given.get(0);
  }

  /**
   * A field as a whole number (an id, the version a form was read at), or null when it is empty or
   * not one: the facade then says what is missing, as it does to the API.
   */
  public Long whole(String field) {
    return wholeOf(value(field));
  }

  /** A field as a record's id (a whole number from 1), or null when it is not one. */
  public Long id(String field) {
    return idIn(value(field));
  }

  /** Text as a record's id (a whole number from 1), or null when it is not one. */
  public static Long idIn(String text) {
    Long id = wholeOf(text);
    return id == null || id == 0 ? null : id;
  }

  /** Text as a whole number of up to 18 digits, or null when it is not one. */
  public static Long wholeOf(String text) {
    String value = text == null ? "" : text.strip();
    return value.matches("[0-9]{1,18}") ? Long.valueOf(value) : null;
  }

  /** Every value of a field (checkboxes, repeated fields). */
  public List<String> values(String field) {
    return values.getOrDefault(field, List.of());
  }

  public boolean has(String field, String value) {
    return values(field).contains(value);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The first error of a field, or null. */
  public String error(String field) {
    return errors.stream()
        .filter(e -> Objects.equals(e.field(), field))
        .map(FieldError::message)
        .findFirst()
        .orElse(null);
  }

  /** The id the error summary links to for a field. */
  public String anchorOf(String field) {
    return Optional.ofNullable(anchors.get(field)).orElse(idOf(field));
  }

  /** The element id of a field's input: its name with anything but letters, digits and - as -. */
  public static String idOf(String field) {
    return field == null || field.isBlank()
        ? "main-content"
        : field.replaceAll("[^A-Za-z0-9-]", "-");
  }
}
