package org.yjtracker.actionplan.control;

import java.time.LocalDate;
import org.yjtracker.actionplan.control.PlanChanges.NewUpdate;
import org.yjtracker.actionplan.control.PlanChanges.StatusMove;

/** How the plan page and the board paper put a plan's changes since a day into words. */
public final class PlanChangesWords {

  /** What an empty group says. */
  public static final String NONE = "None";

  private PlanChangesWords() {}

  /** "Changed since 3 November 2026". */
  public static String title(LocalDate since) {
    return "Changed since " + PlanReport.day(since);
  }

  /** "Actions completed: 2". */
  public static String completedHeading(int count) {
    return "Actions completed: " + count;
  }

  /** "Target dates moved: 1". */
  public static String retargetedHeading(int count) {
    return "Target dates moved: " + count;
  }

  /** "New updates: 3". */
  public static String updatesHeading(int count) {
    return "New updates: " + count;
  }

  /** "Recommendations whose status changed: 0". */
  public static String recommendationsHeading(int count) {
    return "Recommendations whose status changed: " + count;
  }

  /** "Amber, 40% complete (a correction): Training planned for …"; the parts it has. */
  public static String update(NewUpdate u) {
    StringBuilder said = new StringBuilder();
    if (u.rag() != null) {
      said.append(u.rag().label());
    }
    if (u.percentComplete() != null) {
      said.append(said.isEmpty() ? "" : ", ").append(u.percentComplete()).append("% complete");
    }
    if (u.correction()) {
      said.append(said.isEmpty() ? "A correction" : " (a correction)");
    }
    if (!u.firstWords().isEmpty()) {
      said.append(said.isEmpty() ? "" : ": ").append(u.firstWords());
    }
    return said.toString();
  }

  /** "Recommendation 2", or "Recommendation 3 of December 2023 (carried forward)". */
  public static String recommendation(StatusMove r) {
    return "Recommendation "
        + r.number()
        + (r.carriedFrom() == null
            ? ""
            : " of " + PlanReport.readable(r.carriedFrom()) + " (carried forward)");
  }
}
