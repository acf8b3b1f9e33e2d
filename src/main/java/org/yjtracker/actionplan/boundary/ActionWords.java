package org.yjtracker.actionplan.boundary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.web.control.Display;

/** How pages put an action into words. */
public final class ActionWords {

  private ActionWords() {}

  /** The action's name in lists and headings: its short title. */
  public static String title(ActionView action) {
    return action.title();
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
