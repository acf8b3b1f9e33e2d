package org.yjtracker.actionplan.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjtracker.actionplan.entity.Rag;

/** Reads the dates and RAG ratings that plan spreadsheets hold, written as people write them. */
public final class SheetValues {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[t ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?z?)?");
  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\s*[ \\-/]?\\s*([a-z]+)\\.?\\s*[ \\-/,]?\\s*(\\d{4}|\\d{2})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([a-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
  private static final Pattern MONTH_YEAR =
      Pattern.compile("([a-z]+)\\.?\\s*[ \\-/,']?\\s*(\\d{4}|\\d{2})");
  private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:\\.\\d+)?");
  private static final Pattern ORDINAL = Pattern.compile("(\\d)(st|nd|rd|th)\\b");
  private static final Pattern LEAD_IN =
      Pattern.compile("^(?:by\\s+)?(?:the\\s+)?(?:end\\s+of\\s+)?");
  private static final Pattern RAG_WORD = Pattern.compile("\\p{L}+");
  private static final Map<String, Month> MONTHS = new HashMap<>();

  /** Excel counts days from 30 December 1899 (its 1900 leap-year bug included). */
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

  static {
    for (Month m : Month.values()) {
      MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.UK).toLowerCase(Locale.ROOT), m);
      MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.UK).toLowerCase(Locale.ROOT), m);
    }
    MONTHS.put("sept", Month.SEPTEMBER);
  }

  private SheetValues() {}

  /**
   * A date as written in a plan: "31/03/2025" (day first, as in the UK), "2025-03-31", "31 March
   * 2025", "31-Mar-25", a number of days as Excel stores it, or a month alone ("March 2025",
   * "Mar-25"), which means the end of that month: a target "by March" is met on the 31st.
   *
   * @return empty for a blank cell
   * @throws DateTimeException when the text is not a date of this century
   */
  public static Optional<LocalDate> date(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip().toLowerCase(Locale.ROOT);
    value = ORDINAL.matcher(value).replaceAll("$1");
    value = LEAD_IN.matcher(value).replaceFirst("").strip();
    LocalDate date = parse(value);
    if (date == null) {
      throw new DateTimeException("not a date");
    }
    if (date.getYear() < 2000 || date.getYear() > 2099) {
      throw new DateTimeException("year out of range");
    }
    return Optional.of(date);
  }

  private static LocalDate parse(String value) {
    Matcher m;
    if ((m = ISO.matcher(value)).matches()) {
      return LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
    }
    if ((m = NUMERIC.matcher(value)).matches()) {
      return LocalDate.of(year(m.group(3)), number(m, 2), number(m, 1));
    }
    if ((m = DAY_MONTH_YEAR.matcher(value)).matches() && MONTHS.containsKey(m.group(2))) {
      return LocalDate.of(year(m.group(3)), MONTHS.get(m.group(2)), number(m, 1));
    }
    if ((m = MONTH_DAY_YEAR.matcher(value)).matches() && MONTHS.containsKey(m.group(1))) {
      return LocalDate.of(year(m.group(3)), MONTHS.get(m.group(1)), number(m, 2));
    }
    if ((m = MONTH_YEAR.matcher(value)).matches() && MONTHS.containsKey(m.group(1))) {
      return YearMonth.of(year(m.group(2)), MONTHS.get(m.group(1))).atEndOfMonth();
    }
    if ((m = SERIAL.matcher(value)).matches()) {
      // A date cell saved to CSV without its format, or typed as a number.
      return EXCEL_EPOCH.plusDays(Long.parseLong(m.group(1)));
    }
    return null;
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + year : year;
  }

  /**
   * Red, amber or green, written in full or as R, A or G, perhaps with a comment after it ("Amber -
   * behind plan").
   *
   * @return empty for a blank cell
   * @throws IllegalArgumentException for anything else, including two colours ("Amber/Green")
   */
  public static Optional<Rag> rag(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher words = RAG_WORD.matcher(text.toLowerCase(Locale.ROOT));
    Rag found = null;
    boolean first = true;
    while (words.find()) {
      Rag rag = colour(words.group(), first);
      if (rag != null && found != null && rag != found) {
        throw new IllegalArgumentException("two colours");
      }
      if (first && rag == null) {
        throw new IllegalArgumentException("not a colour");
      }
      found = found == null ? rag : found;
      first = false;
    }
    if (found == null) {
      throw new IllegalArgumentException("not a colour");
    }
    return Optional.of(found);
  }

  /** Single letters only count as the first word: "G" is green, "a" in a comment is not amber. */
  private static Rag colour(String word, boolean first) {
    return switch (word) {
      case "red" -> Rag.RED;
      case "amber" -> Rag.AMBER;
      case "green" -> Rag.GREEN;
      case "r" -> first ? Rag.RED : null;
      case "a" -> first ? Rag.AMBER : null;
      case "g" -> first ? Rag.GREEN : null;
      default -> null;
    };
  }
}
