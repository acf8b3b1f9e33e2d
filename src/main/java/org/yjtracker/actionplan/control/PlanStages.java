package org.yjtracker.actionplan.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.platform.control.Clocks;

/**
 * Where a plan stands on its way from publication to the next inspection, and whether it is late:
 * the one place these rules are written. The due date is for submission to the inspectorate (a UK
 * calendar day); a plan not submitted by it, started or not, is late by the days since.
 */
public final class PlanStages {

  private PlanStages() {}

  /** A plan is due {@code dueDays} after its inspection's publication. */
  public static LocalDate dueDate(LocalDate publishedOn, int dueDays) {
    return publishedOn == null ? null : publishedOn.plusDays(dueDays);
  }

  /**
   * @param status null when the inspection has no plan yet
   */
  public static PlanStage classify(
      PlanStatus status, LocalDate dueDate, Instant submittedAt, LocalDate today) {
    if (status == null) {
      return PlanStage.NOT_STARTED;
    }
    return switch (status) {
      case DRAFT -> PlanStage.DRAFT;
      case ENDORSED -> PlanStage.ENDORSED;
      case SUBMITTED ->
          late(dueDate, submittedAt, today) ? PlanStage.SUBMITTED_LATE : PlanStage.SUBMITTED;
      case ACTIVE -> PlanStage.ACTIVE;
      case CLOSED -> PlanStage.CLOSED;
    };
  }

  /** Submitted after the due date, or, not yet submitted, past it. */
  public static boolean late(LocalDate dueDate, Instant submittedAt, LocalDate today) {
    return daysLate(dueDate, submittedAt, today) > 0;
  }

  /**
   * How many days after its due date the plan was submitted, or, not submitted, how many days it is
   * past it now; 0 when on time or without a due date.
   */
  public static long daysLate(LocalDate dueDate, Instant submittedAt, LocalDate today) {
    if (dueDate == null) {
      return 0;
    }
    LocalDate until = submittedAt == null ? today : submittedOn(submittedAt);
    return Math.max(0, ChronoUnit.DAYS.between(dueDate, until));
  }

  /** The UK calendar day of a submission. */
  public static LocalDate submittedOn(Instant submittedAt) {
    return submittedAt.atZone(Clocks.TRACKER_ZONE).toLocalDate();
  }

  /**
   * The first day after {@code today} on which the plan's lateness reads differently: its due day
   * passing, or, while late and not submitted, tomorrow (one day later). Null when it never will.
   */
  public static LocalDate nextChange(LocalDate dueDate, Instant submittedAt, LocalDate today) {
    if (dueDate == null || submittedAt != null) {
      return null;
    }
    return today.isAfter(dueDate) ? today.plusDays(1) : dueDate.plusDays(1);
  }
}
