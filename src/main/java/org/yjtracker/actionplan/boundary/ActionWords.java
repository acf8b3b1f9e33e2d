package org.yjtracker.actionplan.boundary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.web.control.Display;

/** How pages put an action into words. */
public final class ActionWords {

  static final int TITLE_LENGTH = 90;

  private ActionWords() {}

  /**
   * The action's name on its page until actions have titles of their own: the description's first
   * sentence, or its first words up to a word boundary, with "…".
   */
  public static String title(ActionView action) {
    String text = action.description() == null ? "" : action.description().strip();
    int sentence = text.indexOf(". ");
    if (sentence > 0 && sentence <= TITLE_LENGTH) {
      return text.substring(0, sentence);
    }
    if (text.length() <= TITLE_LENGTH) {
      return text;
    }
    int cut = text.lastIndexOf(' ', TITLE_LENGTH);
    return text.substring(0, cut > 20 ? cut : TITLE_LENGTH).strip() + "…";
  }

  /** A status as the history keeps it (its enum name) in words. */
  public static String status(String name) {
    for (ActionStatus status : ActionStatus.values()) {
      if (status.name().equals(name)) {
        return status.label();
      }
    }
    return name == null ? "" : name;
  }

  /** "31 March 2027 (in 12 days)", "… (3 days ago)"; a finished action's date uncounted. */
  public static String target(ActionView action, LocalDate today) {
    if (action.targetDate() == null) {
      return "No target date";
    }
    String date = Display.date(action.targetDate());
    if (action.finished()) {
      return date;
    }
    long days = ChronoUnit.DAYS.between(today, action.targetDate());
    if (days == 0) {
      return date + " (today)";
    }
    return date
        + (days > 0
            ? " (in " + Display.count(days, "day", "days") + ")"
            : " (" + Display.count(-days, "day", "days") + " ago)");
  }

  /** What needs attention, in words; empty when nothing does. */
  public static java.util.List<String> attention(ActionView action) {
    var flags = action.flags();
    java.util.List<String> said = new java.util.ArrayList<>();
    if (flags == null) {
      return said;
    }
    if (flags.overdue() && flags.daysToTarget() != null) {
      said.add("Overdue by " + Display.count(-flags.daysToTarget(), "day", "days"));
    } else if (flags.dueSoon() && flags.daysToTarget() != null) {
      said.add("Due in " + Display.count(flags.daysToTarget(), "day", "days"));
    }
    if (flags.stale()) {
      said.add(
          action.lastActivity() == null
              ? "No recent update"
              : "No update since " + Display.date(action.lastActivity()));
    }
    return said;
  }
}
