package org.yjtracker.dashboard.control;

import java.util.Comparator;
import java.util.List;
import org.yjtracker.framework.entity.Rating;

/**
 * Overall ratings from one published inspection of a service to the next: each pair of ratings with
 * its count and direction, and the totals that improved, stayed the same and declined.
 */
public final class RatingChanges {

  private RatingChanges() {}

  public enum Direction {
    IMPROVED("Improved"),
    SAME("Same"),
    DECLINED("Declined");

    private final String label;

    Direction(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record Change(Rating from, Rating to, long count, Direction direction) {}

  public record Summary(List<Change> changes, long improved, long same, long declined) {}

  /** Outstanding 4 down to inadequate 1; not rated 0. */
  public static int rank(Rating rating) {
    return switch (rating) {
      case OUTSTANDING -> 4;
      case GOOD -> 3;
      case REQUIRES_IMPROVEMENT -> 2;
      case INADEQUATE -> 1;
      case NOT_RATED -> 0;
    };
  }

  public static Direction direction(Rating from, Rating to) {
    int difference = rank(to) - rank(from);
    return difference > 0
        ? Direction.IMPROVED
        : difference < 0 ? Direction.DECLINED : Direction.SAME;
  }

  /** Pairs (as counted by the query) in rating order, best "from" first, with their totals. */
  public static Summary of(List<Change> counted) {
    List<Change> changes =
        counted.stream()
            .map(c -> new Change(c.from(), c.to(), c.count(), direction(c.from(), c.to())))
            .sorted(
                Comparator.comparingInt((Change c) -> -rank(c.from()))
                    .thenComparingInt(c -> -rank(c.to())))
            .toList();
    return new Summary(
        changes,
        total(changes, Direction.IMPROVED),
        total(changes, Direction.SAME),
        total(changes, Direction.DECLINED));
  }

  private static long total(List<Change> changes, Direction direction) {
    return changes.stream().filter(c -> c.direction() == direction).mapToLong(Change::count).sum();
  }
}
