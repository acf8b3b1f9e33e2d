package org.yjtracker.actionplan.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.PlanStage;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.actionplan.entity.RecommendationStatus;

/**
 * Where one inspection's plan stands as of a day, in figures: what the dashboards, the board paper
 * and reminders count. Worked out only here, from the kept state ({@link Facts}), with the rules of
 * {@link PlanStages}, {@link ActionFlags} and {@link RecommendationStatus#isOpen}.
 *
 * @param planId null when the service has not started a plan
 * @param planStatus null when the service has not started a plan
 * @param daysLate days past the due date without submission, or by which the submission was late
 * @param nextChange the first day after {@code asOf} on which any figure may read differently
 *     without anyone writing anything (a due date passing, an action going stale); null if never
 */
public record PlanFigures(
    Long planId,
    PlanStatus planStatus,
    PlanStage stage,
    LocalDate dueDate,
    long daysLate,
    long recommendations,
    long openRecommendations,
    long implementedRecommendations,
    long actions,
    long overdueActions,
    long dueSoonActions,
    long staleActions,
    long blockedActions,
    LocalDate asOf,
    LocalDate nextChange) {

  public boolean late() {
    return daysLate > 0;
  }

  /** What is kept of an action that its flags are worked out from. */
  public record ActionFacts(
      ActionStatus status, LocalDate startDate, LocalDate targetDate, LocalDate lastActivity) {}

  /** What is kept of a plan (all null but the inspection's when there is no plan yet). */
  public record Facts(
      Long planId,
      PlanStatus status,
      LocalDate dueDate,
      Instant submittedAt,
      LocalDate publishedOn,
      Collection<RecommendationStatus> recommendations,
      Collection<ActionFacts> actions) {}

  public static PlanFigures of(Facts facts, LocalDate today, ProgressSettings settings) {
    LocalDate due =
        facts.planId() != null
            ? facts.dueDate()
            : PlanStages.dueDate(facts.publishedOn(), settings.dueDays());
    long open = facts.recommendations().stream().filter(RecommendationStatus::isOpen).count();
    long implemented =
        facts.recommendations().stream().filter(s -> s == RecommendationStatus.IMPLEMENTED).count();
    long overdue = 0;
    long dueSoon = 0;
    long stale = 0;
    long blocked = 0;
    LocalDate next = PlanStages.nextChange(due, facts.submittedAt(), today);
    for (ActionFacts a : facts.actions()) {
      ActionFlags flags =
          ActionFlags.of(
              a.status(), a.startDate(), a.targetDate(), a.lastActivity(), null, today, settings);
      overdue += flags.overdue() ? 1 : 0;
      dueSoon += flags.dueSoon() ? 1 : 0;
      stale += flags.stale() ? 1 : 0;
      blocked += a.status() == ActionStatus.BLOCKED ? 1 : 0;
      LocalDate changes =
          ActionFlags.nextChange(
              a.status(), a.startDate(), a.targetDate(), a.lastActivity(), today, settings);
      if (changes != null && (next == null || changes.isBefore(next))) {
        next = changes;
      }
    }
    return new PlanFigures(
        facts.planId(),
        facts.status(),
        PlanStages.classify(facts.status(), due, facts.submittedAt(), today),
        due,
        PlanStages.daysLate(due, facts.submittedAt(), today),
        facts.recommendations().size(),
        open,
        implemented,
        facts.actions().size(),
        overdue,
        dueSoon,
        stale,
        blocked,
        today,
        next);
  }
}
