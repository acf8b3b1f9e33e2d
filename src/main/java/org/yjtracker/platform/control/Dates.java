package org.yjtracker.platform.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Dates as clients send them: ISO text, so a mistyped one is answered with its field's name rather
 * than a JSON binding failure. Problems are collected, so a form hears of all of them at once.
 */
public final class Dates {

  private Dates() {}

  /** A YYYY-MM-DD date; blank is null; anything else adds an error for {@code field}. */
  public static LocalDate parse(String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "Enter a date as YYYY-MM-DD"));
      return null;
    }
  }

  /**
   * A publication date as reports give it: a month (YYYY-MM, taken as its first day) or a day; null
   * if blank or unreadable.
   */
  public static LocalDate publication(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      String text = value.strip();
      return isMonth(text) ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** "2024-07": the report gives only the month. */
  public static boolean isMonth(String value) {
    return value != null && value.strip().length() == 7;
  }
}
