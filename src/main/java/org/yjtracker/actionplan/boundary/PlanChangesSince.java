package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.control.PlanChanges;
import org.yjtracker.actionplan.control.PlanChanges.ActionFact;
import org.yjtracker.actionplan.control.PlanChanges.RecommendationFact;
import org.yjtracker.actionplan.control.PlanChanges.StatusFact;
import org.yjtracker.actionplan.control.PlanChanges.TargetFact;
import org.yjtracker.actionplan.control.PlanChanges.UpdateFact;
import org.yjtracker.actionplan.entity.Rag;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.platform.control.Clocks;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * What changed in a plan since a day, for the board's view (the plan page, {@code GET
 * /api/plans/{id}/changes}, the board paper). It starts from the plan as the caller reads it
 * ({@link ActionPlans#find}), so it shows exactly what the plan page shows: a partner, only the
 * actions its organisation leads, their target moves and updates, and the recommendations'
 * statuses.
 */
@ApplicationScoped
@Transactional
public class PlanChangesSince {

  /** The field that names the day, in the API and on the plan page. */
  public static final String FIELD = "since";

  @PersistenceContext EntityManager em;
  @Inject ActionPlans plans;
  @Inject PlanProgress progress;

  /** The plan's changes since {@code since} (a day as YYYY-MM-DD), as the caller may read them. */
  public PlanChanges of(Caller caller, long planId, String since) {
    PlanView plan = plans.find(caller, planId);
    return of(plan, parse(since));
  }

  /** The changes of the plan the caller reads as {@code plan}, since a checked day. */
  PlanChanges of(PlanView plan, LocalDate since) {
    requireNotAfterToday(since);
    List<ActionView> actions = actionsOf(plan).toList();
    List<Long> ids = actions.stream().map(ActionView::id).toList();
    Instant from = since.atStartOfDay(Clocks.TRACKER_ZONE).toInstant();
    return PlanChanges.since(
        since,
        actions.stream()
            .map(
                a ->
                    new ActionFact(
                        a.id(),
                        ActionWords.title(a),
                        a.leadOrganisation() == null ? null : a.leadOrganisation().name(),
                        a.leadPerson(),
                        a.status(),
                        a.statusSince()))
            .toList(),
        ids.isEmpty() ? List.of() : targetMoves(ids, from),
        ids.isEmpty() ? List.of() : updates(ids, from),
        Stream.concat(
                plan.recommendations().stream()
                    .map(r -> new RecommendationFact(r.id(), r.number(), null)),
                plan.carried().stream()
                    .map(c -> new RecommendationFact(c.id(), c.number(), c.fromPublished())))
            .toList(),
        progress.history(plan.id()).stream()
            .filter(e -> e.recommendationId() != null && e.actionId() == null)
            .map(
                e ->
                    new StatusFact(
                        e.recommendationId(),
                        e.at(),
                        e.from() == null ? null : RecommendationStatus.valueOf(e.from()),
                        RecommendationStatus.valueOf(e.to())))
            .toList());
  }

  /**
   * A day as YYYY-MM-DD; missing or anything else answers 400 naming {@value #FIELD}.
   *
   * @param text as the request gave it
   */
  public static LocalDate parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(
          FIELD, "Give the day to show changes since, as YYYY-MM-DD (for example 2026-11-03)");
    }
    try {
      LocalDate day = LocalDate.parse(text.strip());
      return requireSensible(day);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          FIELD, "The day to show changes since must be a real date as YYYY-MM-DD");
    }
  }

  /** A day a plan's history can reach: from 1970 to 2999. */
  static LocalDate requireSensible(LocalDate day) {
    if (day.getYear() < 1970 || day.getYear() > 2999) {
      throw new InvalidInputException(
          FIELD, "The day to show changes since must be between 1970 and 2999");
    }
    return day;
  }

  private void requireNotAfterToday(LocalDate since) {
    if (since.isAfter(progress.today())) {
      throw new InvalidInputException(
          FIELD, "The day to show changes since must be today or in the past");
    }
  }

  private List<TargetFact> targetMoves(List<Long> actionIds, Instant from) {
    return em
        .createQuery(
            "SELECT c.action.id, c.fromDate, c.toDate, c.reason, c.changedBy, c.changedAt"
                + " FROM TargetChange c WHERE c.action.id IN :ids AND c.changedAt >= :from",
            Object[].class)
        .setParameter("ids", actionIds)
        .setParameter("from", from)
        .getResultList()
        .stream()
        .map(
            r ->
                new TargetFact(
                    (Long) r[0],
                    (LocalDate) r[1],
                    (LocalDate) r[2],
                    (String) r[3],
                    (String) r[4],
                    (Instant) r[5]))
        .toList();
  }

  private List<UpdateFact> updates(List<Long> actionIds, Instant from) {
    return em
        .createQuery(
            "SELECT u.id, u.action.id, u.writtenAt, u.author, u.narrative, u.rag,"
                + " u.percentComplete, u.correctsId FROM ProgressUpdate u"
                + " WHERE u.action.id IN :ids AND u.writtenAt >= :from",
            Object[].class)
        .setParameter("ids", actionIds)
        .setParameter("from", from)
        .getResultList()
        .stream()
        .map(
            r ->
                new UpdateFact(
                    (Long) r[0],
                    (Long) r[1],
                    (Instant) r[2],
                    (String) r[3],
                    (String) r[4],
                    (Rag) r[5],
                    (Integer) r[6],
                    (Long) r[7]))
        .toList();
  }

  private static Stream<ActionView> actionsOf(PlanView view) {
    return Stream.of(
        view.recommendations().stream().flatMap(r -> r.actions().stream()),
        view.carried().stream().flatMap(c -> c.actions().stream()),
        view.otherActions().stream())
        .flatMap(s -> s)
        .collect(Collectors.toMap(ActionView::id, a -> a, (a, b) -> a, LinkedHashMap::new))
        .values()
        .stream();
  }
}
