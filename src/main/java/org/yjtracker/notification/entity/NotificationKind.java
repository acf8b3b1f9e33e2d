package org.yjtracker.notification.entity;

import java.util.EnumSet;
import java.util.Set;
import org.yjtracker.access.entity.Role;

/**
 * What a person can be told of. The first five the reminder run finds from where actions and plans
 * stand; the last two are written when they happen.
 */
public enum NotificationKind {
  DUE_SOON(
      "Actions due soon",
      "An action you are responsible for is due within the next days",
      true,
      EnumSet.of(Role.PARTNER, Role.SERVICE_LEAD, Role.BOARD_MEMBER)),
  OVERDUE(
      "Overdue actions",
      "An action you are responsible for is past its target date (a reminder a week)",
      true,
      EnumSet.of(Role.PARTNER, Role.SERVICE_LEAD, Role.BOARD_MEMBER)),
  STALE(
      "Actions with no recent update",
      "An action you are responsible for has had no update for a while (a reminder a week)",
      true,
      EnumSet.of(Role.PARTNER, Role.SERVICE_LEAD, Role.BOARD_MEMBER)),
  PLAN_DUE(
      "Plans due for endorsement or submission",
      "Your service's plan waits for the board's endorsement or for submission, and its due date"
          + " is near or past",
      true,
      EnumSet.of(Role.SERVICE_LEAD, Role.BOARD_MEMBER)),
  LATE_PLANS(
      "Late plans",
      "Services whose improvement plan is past its due date and not yet submitted, in one line"
          + " (a reminder a week)",
      true,
      EnumSet.of(Role.INSPECTOR, Role.INSPECTORATE_ADMIN)),
  COMMENT(
      "Comments on plans",
      "Someone comments on a plan you write, or answers the inspectorate's comment",
      false,
      EnumSet.of(Role.SERVICE_LEAD, Role.BOARD_MEMBER, Role.INSPECTOR, Role.INSPECTORATE_ADMIN)),
  PLAN_SUBMITTED(
      "Plans submitted",
      "A service submits its plan to the inspectorate",
      false,
      EnumSet.of(Role.INSPECTOR, Role.INSPECTORATE_ADMIN));

  private final String label;
  private final String hint;
  private final boolean found;
  private final Set<Role> roles;

  NotificationKind(String label, String hint, boolean found, Set<Role> roles) {
    this.label = label;
    this.hint = hint;
    this.found = found;
    this.roles = roles;
  }

  public String label() {
    return label;
  }

  public String hint() {
    return hint;
  }

  /**
   * Found by the reminder run from where things stand (true), rather than written when something
   * happens. A found notification still waiting when its condition has gone is dropped.
   */
  public boolean found() {
    return found;
  }

  /** Whether someone with these roles can receive it (their preferences page offers it). */
  public boolean concerns(Set<Role> held) {
    return held.stream().anyMatch(roles::contains);
  }

  /** The kind named in a URL or a form, lower case with hyphens: "due-soon". */
  public String param() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
