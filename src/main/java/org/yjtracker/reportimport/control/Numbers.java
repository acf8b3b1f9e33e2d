package org.yjtracker.reportimport.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/** Numbers and dates as reports write them: "nine", "Nineteen", "22nd January 2014". */
final class Numbers {

  /** A number written in digits or in words, for use inside larger patterns. */
  static final String NUMBER =
      "(\\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three"
          + "|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten"
          + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

  static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december)";

  /** "8 April 2024", "08 April 2024", "22nd January 2014": groups day, month, year. */
  static final String DATE = "(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})";

  private static final Map<String, Integer> WORDS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12));

  private Numbers() {}

  /** The value of a number in digits or words, or null. */
  static Integer parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (!t.isEmpty() && Character.isDigit(t.charAt(0))) {
      return t.length() <= 6 ? Integer.valueOf(t) : null;
    }
    int total = 0;
    for (String part : t.split("[- ]")) {
      Integer value = WORDS.get(part);
      if (value == null) {
        return null;
      }
      total += value;
    }
    return total;
  }

  static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT));
  }

  /** The date of day, month name and year, or null when there is no such day. */
  static LocalDate date(String day, String month, String year) {
    try {
      return LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** "2011-03". */
  static String yearMonth(String month, String year) {
    return String.format(Locale.ROOT, "%s-%02d", year, month(month));
  }
}
