package org.yjtracker.dashboard.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.yjtracker.actionplan.entity.Rag;

/**
 * A plan's progress month by month, as it stood at each month's end, rebuilt from the append-only
 * history of progress updates. An action counts from the month it was written in. At a moment, an
 * action stands where its latest update written by then puts it, leaving out any update that a
 * correction written by then supersedes (the plan pages do the same: a correction is a newer update
 * naming the one it corrects). An action counts in the months it was not cancelled at their end:
 * its status history says when it was cancelled (and, if so, brought back).
 */
public final class ProgressSeries {

  static final ZoneId UK = org.yjtracker.platform.control.Clocks.TRACKER_ZONE;

  private ProgressSeries() {}

  /** One update as the series needs it. */
  public record Update(
      long id, Instant writtenAt, Rag rag, Integer percentComplete, Long corrects) {
    public Update {
      Objects.requireNonNull(writtenAt);
      Objects.requireNonNull(rag);
    }
  }

  /** A time the action was cancelled, from one moment until another (null: still cancelled). */
  public record Cancelled(Instant from, Instant until) {
    public Cancelled {
      Objects.requireNonNull(from);
    }

    boolean covers(Instant moment) {
      return !moment.isBefore(from) && (until == null || moment.isBefore(until));
    }
  }

  /**
   * One action: when it was written, when it was cancelled (from its status history), and its
   * updates in any order.
   */
  public record ActionHistory(Instant createdAt, List<Cancelled> cancelled, List<Update> updates) {
    public ActionHistory {
      Objects.requireNonNull(createdAt);
      cancelled = List.copyOf(cancelled);
      updates = List.copyOf(updates);
    }

    /** An action with no status history: cancelled (or not) for all of its life. */
    public ActionHistory(Instant createdAt, boolean cancelledNow, List<Update> updates) {
      this(createdAt, cancelledNow ? List.of(new Cancelled(createdAt, null)) : List.of(), updates);
    }

    /** Cancelled at the moment just before {@code before}. */
    boolean cancelledBefore(Instant before) {
      Instant moment = before.minusMillis(1);
      return cancelled.stream().anyMatch(c -> c.covers(moment));
    }
  }

  /**
   * One month's end.
   *
   * @param averagePercent the mean of each counted action's latest figure (0 where none was given
   *     yet), one decimal; null when no action was counted
   * @param noUpdate actions with no update by then
   */
  public record Month(
      YearMonth month,
      int actions,
      BigDecimal averagePercent,
      int red,
      int amber,
      int green,
      int noUpdate) {}

  /** Every month from the one of {@code from} to the one of {@code today}, oldest first. */
  public static List<Month> monthly(List<ActionHistory> actions, LocalDate from, LocalDate today) {
    List<Month> months = new ArrayList<>();
    if (from == null || from.isAfter(today)) {
      return months;
    }
    YearMonth last = YearMonth.from(today);
    for (YearMonth month = YearMonth.from(from);
        !month.isAfter(last);
        month = month.plusMonths(1)) {
      // The current month stands as of the end of today.
      LocalDate end = month.equals(last) ? today : month.atEndOfMonth();
      months.add(at(month, end.plusDays(1).atStartOfDay(UK).toInstant(), actions));
    }
    return months;
  }

  private static Month at(YearMonth month, Instant before, List<ActionHistory> actions) {
    int counted = 0;
    int percentTotal = 0;
    int red = 0;
    int amber = 0;
    int green = 0;
    int none = 0;
    for (ActionHistory action : actions) {
      if (!action.createdAt().isBefore(before) || action.cancelledBefore(before)) {
        continue;
      }
      counted++;
      List<Update> standing = standing(action.updates(), before);
      if (standing.isEmpty()) {
        none++;
        continue;
      }
      switch (standing.get(0).rag()) {
        case RED -> red++;
        case AMBER -> amber++;
        case GREEN -> green++;
      }
      percentTotal +=
          standing.stream()
              .map(Update::percentComplete)
              .filter(Objects::nonNull)
              .findFirst()
              .orElse(0);
    }
    BigDecimal average =
        counted == 0
            ? null
            : BigDecimal.valueOf(percentTotal)
                .divide(BigDecimal.valueOf(counted), 1, RoundingMode.HALF_UP);
    return new Month(month, counted, average, red, amber, green, none);
  }

  /** Updates written before the moment and not superseded by then, newest first. */
  static List<Update> standing(List<Update> updates, Instant before) {
    List<Update> written = updates.stream().filter(u -> u.writtenAt().isBefore(before)).toList();
    Set<Long> corrected = new HashSet<>();
    written.stream().map(Update::corrects).filter(Objects::nonNull).forEach(corrected::add);
    return written.stream()
        .filter(u -> !corrected.contains(u.id()))
        .sorted(Comparator.comparing(Update::writtenAt).thenComparingLong(Update::id).reversed())
        .toList();
  }
}
