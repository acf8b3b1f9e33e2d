package org.yjtracker.actionplan.control;

/**
 * Every threshold of where plans and actions stand, in one typed settings object: a plan is due
 * {@code dueDays} after publication; an action is due soon within {@code dueSoonDays} of its target
 * date and stale after {@code staleDays} without a word. Settings {@code plan.due.days}, {@code
 * plan.due.soon.days}, {@code plan.stale.days}.
 */
public record ProgressSettings(int dueDays, int dueSoonDays, int staleDays) {

  public static final ProgressSettings DEFAULT = new ProgressSettings(56, 14, 30);

  public ProgressSettings {
    if (dueDays < 1) {
      throw new IllegalArgumentException("plan.due.days must be 1 or more");
    }
    if (dueSoonDays < 0 || staleDays < 1) {
      throw new IllegalArgumentException(
          "plan.due.soon.days must be 0 or more, plan.stale.days 1 or more");
    }
  }
}
