package org.yjtracker.notification.control;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The periods within which a reminder is not repeated. */
public final class Periods {

  private Periods() {}

  /** The ISO week of the day, "2026-W49": weekly reminders and digests. */
  public static String week(LocalDate day) {
    return String.format(
        "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
