package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yjtracker.actionplan.control.RecommendationProgress;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.RecommendationState;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.actionplan.entity.StatusChange;

/**
 * Keeps where a plan's recommendations stand true, in the transaction of each change to the plan,
 * and records every change of status in the history. Every write that can move a plan's progress
 * first takes the plan's lock ({@link #lock}), so two people changing actions of one plan at once
 * are kept in turn and neither works from the other's stale view (both completing the last two
 * actions of a recommendation still makes it implemented).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ProgressKeeper {

  /** What the history says when a recommendation moves because of its actions. */
  static final String AS_ACTIONS_STAND = "As its actions now stand";

  @PersistenceContext EntityManager em;
  @Inject Event<PlanProgressChanged> changed;
  @Inject Clock clock;

  /**
   * Takes the plan's write lock for the rest of the transaction. Run it before anything else that
   * writes the plan's rows, so locks are always taken plan first (no deadlocks between writers).
   */
  public void lock(long planId) {
    em.createNativeQuery("SELECT id FROM action_plan WHERE id = ? FOR UPDATE")
        .setParameter(1, planId)
        .getResultList();
  }

  /**
   * Makes every recommendation the plan answers (its inspection's and those carried into it) stand
   * as its actions and any inspector's status make it now, records each change in the history, and
   * tells observers the plan's progress changed.
   *
   * @param by who made the change that moved them (null: the tracker itself)
   * @param why what the history says of a move an inspector did not make
   */
  public void keep(long planId, String by, String why) {
    em.flush();
    Instant now = clock.instant();
    Object[] plan =
        (Object[])
            em.createNativeQuery("SELECT inspection_id, id FROM action_plan WHERE id = ?")
                .setParameter(1, planId)
                .getSingleResult();
    long inspectionId = ((Number) plan[0]).longValue();
    Set<Long> own = ids("SELECT id FROM recommendation WHERE inspection_id = ?", inspectionId);
    Set<Long> carried =
        ids("SELECT recommendation_id FROM carried_recommendation WHERE plan_id = ?", planId);
    Map<Long, List<ActionStatus>> answering = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "SELECT par.recommendation_id, a.status FROM plan_action a"
                    + " JOIN plan_action_recommendation par ON par.action_id = a.id"
                    + " WHERE a.plan_id = ?")
            .setParameter(1, planId)
            .getResultList()) {
      Object[] r = (Object[]) row;
      answering
          .computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
          .add(ActionStatus.valueOf((String) r[1]));
    }
    Map<Long, RecommendationStatus> inspectors = new HashMap<>();
    if (!own.isEmpty()) {
      for (Object row :
          em.createNativeQuery(
                  "SELECT x.recommendation_id, x.status_override FROM recommendation_response x"
                      + " JOIN recommendation r ON r.id = x.recommendation_id"
                      + " WHERE r.inspection_id = ? AND x.status_override IS NOT NULL")
              .setParameter(1, inspectionId)
              .getResultList()) {
        Object[] r = (Object[]) row;
        inspectors.put(((Number) r[0]).longValue(), RecommendationStatus.valueOf((String) r[1]));
      }
    }
    Map<Long, RecommendationState> states = new HashMap<>();
    em.createNamedQuery(RecommendationState.OF_PLAN, RecommendationState.class)
        .setParameter("planId", planId)
        .getResultList()
        .forEach(s -> states.put(s.getRecommendationId(), s));
    Set<Long> answered = new LinkedHashSet<>(own);
    answered.addAll(carried);
    for (long recommendationId : answered) {
      boolean isCarried = !own.contains(recommendationId);
      RecommendationStatus derived =
          RecommendationProgress.derive(answering.getOrDefault(recommendationId, List.of()));
      // An inspector's status is set on the inspection's own recommendations only: a carried one
      // is judged afresh in the plan that carries it.
      RecommendationStatus current =
          isCarried
              ? derived
              : RecommendationProgress.current(
                  inspectors.get(recommendationId),
                  answering.getOrDefault(recommendationId, List.of()));
      String reason = inspectors.containsKey(recommendationId) && !isCarried ? null : why;
      RecommendationState state = states.remove(recommendationId);
      if (state == null) {
        em.persist(
            new RecommendationState(planId, recommendationId, isCarried, current, derived, now));
        em.persist(
            StatusChange.ofRecommendation(
                planId, recommendationId, null, current, by, now, reason));
      } else {
        state
            .moveTo(current, derived, isCarried, now)
            .ifPresent(
                before ->
                    em.persist(
                        StatusChange.ofRecommendation(
                            planId,
                            recommendationId,
                            before,
                            current,
                            by,
                            now,
                            inspectorReason(recommendationId, isCarried, inspectors, reason))));
      }
    }
    // Left over: carried recommendations taken out of the plan again.
    states.values().forEach(em::remove);
    em.createNativeQuery("UPDATE action_plan SET progress_kept_at = ? WHERE id = ?")
        .setParameter(1, Timestamp.from(now))
        .setParameter(2, planId)
        .executeUpdate();
    em.flush();
    changed.fire(new PlanProgressChanged(inspectionId, planId));
  }

  /**
   * Tells observers the plan's progress changed where no status moved (a progress update on an
   * action already started: its last activity, so its "stale" flag): nothing of the plan's own kept
   * state needs working out again, so the plan's lock is not taken.
   */
  public void touched(long inspectionId, long planId) {
    em.flush();
    changed.fire(new PlanProgressChanged(inspectionId, planId));
  }

  /** An inspector's status keeps the inspector's own reason in the history. */
  private String inspectorReason(
      long recommendationId,
      boolean isCarried,
      Map<Long, RecommendationStatus> inspectors,
      String fallback) {
    if (isCarried || !inspectors.containsKey(recommendationId)) {
      return fallback;
    }
    Object reason =
        em.createNativeQuery(
                "SELECT status_reason FROM recommendation_response WHERE recommendation_id = ?")
            .setParameter(1, recommendationId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    return reason == null ? fallback : "Set by an inspector: " + reason;
  }

  private Set<Long> ids(String sql, long parameter) {
    Set<Long> ids = new HashSet<>();
    for (Object id : em.createNativeQuery(sql).setParameter(1, parameter).getResultList()) {
      ids.add(((Number) id).longValue());
    }
    return ids;
  }
}
