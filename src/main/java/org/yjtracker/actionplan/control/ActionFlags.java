package org.yjtracker.actionplan.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.Rag;

/**
 * The flags an action's dates raise, and the RAG they suggest beside the owner's own.
 *
 * @param overdue past its target date and not finished
 * @param dueSoon due within the configured days and not finished
 * @param stale no progress update for the configured days while still open
 * @param daysToTarget negative once overdue; null without a target date
 */
public record ActionFlags(
    boolean overdue, boolean dueSoon, boolean stale, Long daysToTarget, Rag suggestedRag) {

  /**
   * @param lastActivity the latest progress update, or when the action was written if it has none
   * @param percentComplete the latest update's figure, null if none
   */
  public static ActionFlags of(
      ActionStatus status,
      LocalDate startDate,
      LocalDate targetDate,
      LocalDate lastActivity,
      Integer percentComplete,
      LocalDate today,
      ProgressSettings thresholds) {
    boolean open = !status.isClosed();
    Long daysToTarget = targetDate == null ? null : ChronoUnit.DAYS.between(today, targetDate);
    boolean overdue = open && daysToTarget != null && daysToTarget < 0;
    boolean dueSoon =
        open
            && daysToTarget != null
            && daysToTarget >= 0
            && daysToTarget <= thresholds.dueSoonDays();
    boolean stale =
        open
            && lastActivity != null
            && ChronoUnit.DAYS.between(lastActivity, today) >= thresholds.staleDays();
    boolean lateStart =
        status == ActionStatus.NOT_STARTED && startDate != null && startDate.isBefore(today);
    return new ActionFlags(
        overdue,
        dueSoon,
        stale,
        daysToTarget,
        suggest(status, overdue, dueSoon, stale, lateStart, percentComplete));
  }

  /**
   * The first day after {@code today} on which an action's flags may read differently: it falls due
   * soon, becomes overdue, goes stale or should have started. Null for a finished action, whose
   * flags never change.
   */
  public static LocalDate nextChange(
      ActionStatus status,
      LocalDate startDate,
      LocalDate targetDate,
      LocalDate lastActivity,
      LocalDate today,
      ProgressSettings thresholds) {
    if (status.isClosed()) {
      return null;
    }
    LocalDate next = null;
    if (targetDate != null) {
      next = earliestAfter(today, next, targetDate.minusDays(thresholds.dueSoonDays()));
      next = earliestAfter(today, next, targetDate.plusDays(1));
    }
    if (lastActivity != null) {
      next = earliestAfter(today, next, lastActivity.plusDays(thresholds.staleDays()));
    }
    if (status == ActionStatus.NOT_STARTED && startDate != null) {
      next = earliestAfter(today, next, startDate.plusDays(1));
    }
    return next;
  }

  private static LocalDate earliestAfter(LocalDate today, LocalDate sofar, LocalDate candidate) {
    if (!candidate.isAfter(today)) {
      return sofar;
    }
    return sofar == null || candidate.isBefore(sofar) ? candidate : sofar;
  }

  /**
   * Red when blocked or overdue; amber when nobody has reported for a while, when it should have
   * started, or when it is due soon and not nearly done; green otherwise. Cancelled actions have no
   * RAG.
   */
  private static Rag suggest(
      ActionStatus status,
      boolean overdue,
      boolean dueSoon,
      boolean stale,
      boolean lateStart,
      Integer percentComplete) {
    if (status == ActionStatus.CANCELLED) {
      return null;
    }
    if (status == ActionStatus.COMPLETE) {
      return Rag.GREEN;
    }
    if (status == ActionStatus.BLOCKED || overdue) {
      return Rag.RED;
    }
    boolean behind = dueSoon && (percentComplete == null || percentComplete < 75);
    if (stale || lateStart || behind) {
      return Rag.AMBER;
    }
    return Rag.GREEN;
  }
}
