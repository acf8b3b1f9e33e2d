package org.yjtracker.demo.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yjtracker.actionplan.control.ProgressSettings;
import org.yjtracker.actionplan.entity.Rag;

/**
 * The made-up course of one demo action: its target date and its monthly progress updates. Counted
 * back from the day the demo loads rather than on from the inspection's publication, so that the
 * start pages flag the same actions (overdue, due soon, gone quiet) whichever day that is.
 *
 * @param kind how the action went
 * @param target its target date
 * @param updates its progress updates, oldest first, each after the action was written and not
 *     after the load day; the last of a completed action says 100%
 */
public record ActionCourse(Kind kind, LocalDate target, List<Update> updates) {

  /** How a demo action went. */
  public enum Kind {
    /** Finished months ago, before its target date. */
    COMPLETED,
    /** Fell behind: past its target date and no update for longer than the stale threshold. */
    STALLED,
    /** Under way, updated in the last weeks, and due within the due-soon window. */
    DUE_SOON,
    /** In a draft plan: not started, due months from now. */
    PLANNED
  }

  /** One progress update. */
  public record Update(LocalDate day, int percent, Rag rag) {}

  public ActionCourse {
    updates = List.copyOf(updates);
  }

  /**
   * Finished {@code monthsAgo} months before {@code today} (but at least two months after it was
   * written), with a monthly update from a month after writing until then.
   */
  public static ActionCourse completed(LocalDate written, LocalDate today, int monthsAgo) {
    LocalDate done = later(today.minusMonths(monthsAgo), written.plusMonths(2));
    List<LocalDate> days = monthly(written.plusMonths(1), done);
    List<Update> updates = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      int percent = 100 * (i + 1) / (days.size() + 1);
      updates.add(new Update(days.get(i), percent, percent >= 50 ? Rag.GREEN : Rag.AMBER));
    }
    updates.add(new Update(done, 100, Rag.GREEN));
    return new ActionCourse(Kind.COMPLETED, done.plusMonths(1), updates);
  }

  /**
   * Updated monthly, never past 40%, then nothing for two months longer than the stale threshold;
   * its target date passed two months ago.
   */
  public static ActionCourse stalled(
      LocalDate written, LocalDate today, ProgressSettings settings) {
    LocalDate quietSince = today.minusDays(settings.staleDays()).minusMonths(2);
    List<LocalDate> days = monthly(written.plusMonths(1), quietSince);
    List<Update> updates = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      updates.add(new Update(days.get(i), Math.min(40, 10 * (i + 1)), i < 3 ? Rag.AMBER : Rag.RED));
    }
    return new ActionCourse(Kind.STALLED, today.minusMonths(2), updates);
  }

  /**
   * The {@code nth} (from 0) action due soon: due in 3, 7, 11, ... days (never past the due-soon
   * window), updated monthly up to ten days ago, from 10% to 80%.
   */
  public static ActionCourse dueSoon(
      LocalDate written, LocalDate today, ProgressSettings settings, int nth) {
    LocalDate target = today.plusDays(Math.min(settings.dueSoonDays(), 3 + 4L * nth));
    // Recent enough never to look stale, however short the stale threshold.
    LocalDate last = today.minusDays(Math.min(10, (settings.staleDays() - 1) / 2));
    List<LocalDate> back = new ArrayList<>();
    for (LocalDate day = last; day.isAfter(written); day = day.minusMonths(1)) {
      back.add(0, day);
    }
    List<Update> updates = new ArrayList<>();
    for (int i = 0; i < back.size(); i++) {
      int percent = back.size() == 1 ? 80 : 10 + 70 * i / (back.size() - 1);
      updates.add(new Update(back.get(i), percent, percent >= 50 ? Rag.GREEN : Rag.AMBER));
    }
    return new ActionCourse(Kind.DUE_SOON, target, updates);
  }

  /** The {@code nth} (from 0) action of a draft plan: due 3, 5, 7, ... months from now. */
  public static ActionCourse planned(LocalDate today, int nth) {
    return new ActionCourse(Kind.PLANNED, today.plusMonths(3 + 2L * nth), List.of());
  }

  /** Every month from {@code from} on, while before {@code until}. */
  private static List<LocalDate> monthly(LocalDate from, LocalDate until) {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(until); day = day.plusMonths(1)) {
      days.add(day);
    }
    return days;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
