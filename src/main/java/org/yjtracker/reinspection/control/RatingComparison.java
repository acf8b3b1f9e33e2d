package org.yjtracker.reinspection.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.yjtracker.framework.entity.Rating;

/**
 * Sets the ratings of an inspection beside those of the one before it. The two may have been
 * inspected under different frameworks (a Short Quality Screening rates nothing; the 2025 framework
 * rates only the overall), so the standards are the union of both frameworks' standards, matched by
 * code or, where a code changed, by name; a standard one framework lacks is simply unrated there.
 */
public final class RatingComparison {

  private RatingComparison() {}

  /** How a rating moved. NOT_COMPARABLE when either side has no rating. */
  public enum Change {
    IMPROVED("Improved"),
    DECLINED("Declined"),
    SAME("No change"),
    NOT_COMPARABLE("Not comparable");

    private final String label;

    Change(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A standard of a framework and the rating an inspection gave it (null if none). */
  public record Rated(String code, String name, Rating rating) {
    public Rated {
      Objects.requireNonNull(code);
      Objects.requireNonNull(name);
    }
  }

  /** One inspection's ratings: its score and overall (either may be null) and its standards. */
  public record Side(Integer score, Rating overall, List<Rated> standards) {
    public Side {
      standards = List.copyOf(standards);
    }
  }

  public record StandardRow(String code, String name, Rating then, Rating now, Change change) {}

  public record Result(
      List<StandardRow> standards,
      Integer scoreThen,
      Integer scoreNow,
      Integer scoreChange,
      Rating overallThen,
      Rating overallNow,
      Change overallChange) {}

  /** Standards in the order of the newer framework, then any that only the older one has. */
  public static Result compare(Side then, Side now) {
    Map<String, Rated> thenByKey = new LinkedHashMap<>();
    then.standards().forEach(s -> thenByKey.putIfAbsent(s.code(), s));
    List<StandardRow> rows = new ArrayList<>();
    for (Rated current : now.standards()) {
      Rated before = thenByKey.remove(current.code());
      if (before == null) {
        before = removeByName(thenByKey, current.name());
      }
      Rating thenRating = before == null ? null : before.rating();
      rows.add(
          new StandardRow(
              current.code(),
              current.name(),
              thenRating,
              current.rating(),
              change(thenRating, current.rating())));
    }
    for (Rated onlyThen : thenByKey.values()) {
      rows.add(
          new StandardRow(
              onlyThen.code(),
              onlyThen.name(),
              onlyThen.rating(),
              null,
              change(onlyThen.rating(), null)));
    }
    Integer scoreChange =
        then.score() == null || now.score() == null ? null : now.score() - then.score();
    return new Result(
        List.copyOf(rows),
        then.score(),
        now.score(),
        scoreChange,
        then.overall(),
        now.overall(),
        change(then.overall(), now.overall()));
  }

  /**
   * Two inspections under different frameworks: the overall ratings share the four-point scale and
   * are compared, the scores only if both have one; standards are never paired, even where a code
   * or name is the same (2018's "2.2 Planning" is not 2025's), so each is listed on its own side.
   */
  public static Result acrossFrameworks(Side then, Side now) {
    List<StandardRow> rows = new ArrayList<>();
    for (Rated current : now.standards()) {
      rows.add(
          new StandardRow(
              current.code(), current.name(), null, current.rating(), Change.NOT_COMPARABLE));
    }
    for (Rated before : then.standards()) {
      rows.add(
          new StandardRow(
              before.code(), before.name(), before.rating(), null, Change.NOT_COMPARABLE));
    }
    Integer scoreChange =
        then.score() == null || now.score() == null ? null : now.score() - then.score();
    return new Result(
        List.copyOf(rows),
        then.score(),
        now.score(),
        scoreChange,
        then.overall(),
        now.overall(),
        change(then.overall(), now.overall()));
  }

  /** Better, worse or the same; an unrated side (none, or NOT_RATED) cannot be compared. */
  public static Change change(Rating then, Rating now) {
    if (then == null || now == null || !then.isRated() || !now.isRated()) {
      return Change.NOT_COMPARABLE;
    }
    if (now.isBetterThan(then)) {
      return Change.IMPROVED;
    }
    if (then.isBetterThan(now)) {
      return Change.DECLINED;
    }
    return Change.SAME;
  }

  private static Rated removeByName(Map<String, Rated> byKey, String name) {
    String wanted = normalise(name);
    for (var entry : byKey.entrySet()) {
      if (normalise(entry.getValue().name()).equals(wanted)) {
        return byKey.remove(entry.getKey());
      }
    }
    return null;
  }

  private static String normalise(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
