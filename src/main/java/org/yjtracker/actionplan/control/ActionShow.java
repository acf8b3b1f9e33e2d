package org.yjtracker.actionplan.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which of a person's actions a list shows, by the flags kept for each action ({@link
 * ActionFlags}); the words are the query parameter's values ({@code ?show=overdue}).
 */
public enum ActionShow {
  OVERDUE("overdue", "overdue", "Nothing is overdue"),
  DUE_SOON("due-soon", "due soon", "Nothing is due soon"),
  STALE("stale", "with no update for a while", "Nothing has gone without an update");

  private final String param;
  private final String words;
  private final String nothing;

  ActionShow(String param, String words, String nothing) {
    this.param = param;
    this.words = words;
    this.nothing = nothing;
  }

  /** What an empty list says. */
  public String nothing() {
    return nothing;
  }

  public String param() {
    return param;
  }

  /** How a list's heading says it: "actions overdue", "actions due soon". */
  public String words() {
    return words;
  }

  public boolean shows(ActionFlags flags) {
    return switch (this) {
      case OVERDUE -> flags.overdue();
      case DUE_SOON -> flags.dueSoon();
      case STALE -> flags.stale();
    };
  }

  /** The filter a parameter names; empty for an absent, blank or unknown one. */
  public static Optional<ActionShow> of(String param) {
    return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
  }
}
