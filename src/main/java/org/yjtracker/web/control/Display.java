package org.yjtracker.web.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.yjtracker.platform.control.Clocks;

/**
 * Dates and times as people write them, the way GOV.UK's style guide gives them: "4 December 2026",
 * "December 2026", "4 December 2026 at 2:15pm" (UK time). Never ISO text on a page.
 */
public final class Display {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

  private Display() {}

  public static String date(LocalDate date) {
    return date == null ? "" : DAY.format(date);
  }

  public static String month(YearMonth month) {
    return month == null ? "" : MONTH.format(month);
  }

  public static String date(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atZone(Clocks.TRACKER_ZONE));
  }

  /** "4 December 2026 at 2:15pm"; midday and midnight as GOV.UK writes them. */
  public static String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    var at = instant.atZone(Clocks.TRACKER_ZONE);
    String time;
    if (at.getHour() == 12 && at.getMinute() == 0) {
      time = "midday";
    } else if (at.getHour() == 0 && at.getMinute() == 0) {
      time = "midnight";
    } else {
      time = TIME.format(at).toLowerCase(Locale.UK).replace(":00", "");
    }
    return DAY.format(at) + " at " + time;
  }

  /**
   * A publication as the tracker keeps it: "2023-12" for a report dated by its month ("December
   * 2023"), else a day ("4 December 2023"); "Not yet published" when there is none.
   */
  public static String published(String publication) {
    if (publication == null || publication.isBlank()) {
      return "Not yet published";
    }
    if (publication.length() == 7) {
      return month(YearMonth.parse(publication));
    }
    return date(LocalDate.parse(publication));
  }

  /** "1 day", "3 days": a count with its noun, singular or plural. */
  public static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
