package org.yjtracker.web.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yjtracker.platform.control.FieldError;

/**
 * GOV.UK's date input: a day, a month and a year in three boxes ({@code <name>-day}, {@code
 * <name>-month}, {@code <name>-year}), read into a date with the messages GOV.UK's pattern gives
 * ("Target date must include a year", "Target date must be a real date").
 */
public final class DateInput {

  private DateInput() {}

  /** The three boxes' values for a form showing this date. */
  public static void put(java.util.Map<String, Object> fields, String name, LocalDate date) {
    if (date != null) {
      fields.put(name + "-day", date.getDayOfMonth());
      fields.put(name + "-month", date.getMonthValue());
      fields.put(name + "-year", date.getYear());
    }
  }

  /**
   * The date the boxes give, or null when all three are empty (required dates say so themselves);
   * anything else wrong adds an error for {@code name} and gives null.
   *
   * @param label the field's name in messages, with a capital: "Target date"
   */
  public static LocalDate read(Form form, String name, String label, List<FieldError> errors) {
    String day = form.value(name + "-day").strip();
    String month = form.value(name + "-month").strip();
    String year = form.value(name + "-year").strip();
    if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
      return null;
    }
    List<String> missing = new ArrayList<>();
    if (day.isEmpty()) {
      missing.add("a day");
    }
    if (month.isEmpty()) {
      missing.add("a month");
    }
    if (year.isEmpty()) {
      missing.add("a year");
    }
    if (!missing.isEmpty()) {
      errors.add(new FieldError(name, label + " must include " + String.join(" and ", missing)));
      return null;
    }
    if (!day.matches("[0-9]{1,2}") || !month.matches("[0-9]{1,2}") || !year.matches("[0-9]{4}")) {
      errors.add(
          new FieldError(
              name,
              year.matches("[0-9]{1,3}")
                  ? "Year must include 4 numbers"
                  : label + " must be a real date"));
      return null;
    }
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      errors.add(new FieldError(name, label + " must be a real date"));
      return null;
    }
  }

  /**
   * A date whose day may be left out, as reports give them: "2019-09" when only the month and year
   * are given, "2019-09-18" for a whole date, null when all three boxes are empty.
   */
  public static String readMonthOrDay(
      Form form, String name, String label, List<FieldError> errors) {
    boolean noDay = form.value(name + "-day").isBlank();
    boolean month = !form.value(name + "-month").isBlank();
    boolean year = !form.value(name + "-year").isBlank();
    if (noDay && (month || year)) {
      LocalDate first = read(form.with(name + "-day", "1"), name, label, errors);
      return first == null ? null : first.toString().substring(0, 7);
    }
    LocalDate day = read(form, name, label, errors);
    return day == null ? null : day.toString();
  }

  /** The boxes' values for "2019-09" (the day left empty) or "2019-09-18". */
  public static void putMonthOrDay(
      java.util.Map<String, Object> fields, String name, String given) {
    if (given == null || given.isBlank()) {
      return;
    }
    if (given.length() == 7) {
      fields.put(name + "-month", Integer.parseInt(given.substring(5)));
      fields.put(name + "-year", given.substring(0, 4));
    } else {
      put(fields, name, LocalDate.parse(given));
    }
  }
}
