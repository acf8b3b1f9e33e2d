package org.yjtracker.actionplan.boundary;

import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.web.control.Display;

/** How the plan page puts its states into words. */
public final class PlanPageWords {

  private PlanPageWords() {}

  /** "Not started → In progress": an action's or a recommendation's statuses in words. */
  public static String change(StatusChangeView c) {
    String to = words(c.to(), c.recommendationId() != null);
    return c.from() == null ? to : words(c.from(), c.recommendationId() != null) + " → " + to;
  }

  private static String words(String name, boolean recommendation) {
    if (recommendation) {
      for (RecommendationStatus s : RecommendationStatus.values()) {
        if (s.name().equals(name)) {
          return s.label();
        }
      }
      return name;
    }
    return ActionWords.status(name);
  }

  /** A carried recommendation's outcome (an enum name of reinspection's) in words. */
  public static String outcome(String name) {
    if (name == null || name.isBlank()) {
      return "Not recorded";
    }
    String words = name.toLowerCase().replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** "Late by 12 days: it was due by 1 March 2026 and has not been submitted." */
  public static String late(PlanView plan) {
    String by = "Late by " + Display.count(plan.daysLate(), "day", "days");
    return plan.submittedAt() != null
        ? by
            + ": it was submitted on "
            + Display.date(plan.submittedAt())
            + ", after its due date of "
            + Display.date(plan.dueDate())
            + "."
        : by
            + ": it was due by "
            + Display.date(plan.dueDate())
            + " and has not been submitted to the inspectorate.";
  }
}
