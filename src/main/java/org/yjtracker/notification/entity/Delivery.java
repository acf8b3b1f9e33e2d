package org.yjtracker.notification.entity;

/** How a person wants one kind of notification: not at all, a mail each, or in a weekly digest. */
public enum Delivery {
  OFF("Off"),
  IMMEDIATELY("A mail each time"),
  WEEKLY("In the weekly digest");

  /** Without a choice made: one weekly mail rather than one per item (issue 15). */
  public static final Delivery DEFAULT = WEEKLY;

  private final String label;

  Delivery(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
