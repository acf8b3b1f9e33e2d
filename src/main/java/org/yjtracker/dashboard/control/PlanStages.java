package org.yjtracker.dashboard.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.dashboard.entity.PlanStage;

/**
 * Classifies a plan for the national dashboard from the columns a dashboard query reads, without
 * loading the plan. Lateness is {@code ActionPlan.isLate}'s rule: submitted after the due date (a
 * UK calendar day), or not submitted and past it.
 */
public final class PlanStages {

  static final ZoneId UK = ZoneId.of("Europe/London");

  private PlanStages() {}

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

  /** Submitted after the due date, or, not yet submitted, past it; false without a plan. */
  public static boolean late(LocalDate dueDate, Instant submittedAt, LocalDate today) {
    if (dueDate == null) {
      return false;
    }
    LocalDate submitted = submittedAt == null ? null : submittedAt.atZone(UK).toLocalDate();
    return submitted != null ? submitted.isAfter(dueDate) : today.isAfter(dueDate);
  }
}
