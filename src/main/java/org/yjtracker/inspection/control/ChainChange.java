package org.yjtracker.inspection.control;

import java.util.ArrayList;
import java.util.List;
import org.yjtracker.framework.entity.Rating;

/**
 * How an inspection compares with the one before it in a service's chain, in words: "Up from
 * Requires improvement; score +11". Scores are compared only within one framework: the 2018 and
 * 2025 frameworks do not score alike.
 */
public final class ChainChange {

  private ChainChange() {}

  /** The change in words, or null when there is nothing to compare. */
  public static String between(
      Rating before,
      Integer scoreBefore,
      String frameworkBefore,
      Rating now,
      Integer scoreNow,
      String frameworkNow) {
    if (now == null || !now.isRated()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    if (before != null && before.isRated()) {
      if (before == now) {
        parts.add("Same overall rating as before (" + before.label() + ")");
      } else {
        parts.add((now.isBetterThan(before) ? "Up" : "Down") + " from " + before.label());
      }
    }
    if (scoreBefore != null && scoreNow != null && frameworkNow.equals(frameworkBefore)) {
      int diff = scoreNow - scoreBefore;
      parts.add("score " + (diff > 0 ? "+" : "") + diff);
    }
    return parts.isEmpty() ? null : String.join("; ", parts) + ".";
  }
}
