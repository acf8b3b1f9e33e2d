package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.actionplan.control.RecommendationProgress;
import org.yjtracker.actionplan.entity.PlanAction;
import org.yjtracker.actionplan.entity.RecommendationResponse;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.inspection.entity.Recommendation;

/**
 * Where recommendations stand in a plan, as the plan page gives it: the inspector's status where
 * one was set, else what the plan's actions make it. The inspectors' statuses are read in one query
 * for all the recommendations, not one each.
 */
@ApplicationScoped
public class RecommendationStatuses {

  @PersistenceContext EntityManager em;

  /** By recommendation id; only the given actions (a plan's own) count. */
  public Map<Long, RecommendationStatus> of(
      Collection<Recommendation> recommendations, List<PlanAction> actions) {
    Map<Long, RecommendationStatus> statuses = new HashMap<>();
    if (recommendations.isEmpty()) {
      return statuses;
    }
    Map<Long, RecommendationStatus> overrides = new HashMap<>();
    em.createQuery(
            "SELECT x FROM RecommendationResponse x WHERE x.recommendationId IN :ids"
                + " AND x.statusOverride IS NOT NULL",
            RecommendationResponse.class)
        .setParameter("ids", recommendations.stream().map(Recommendation::getId).toList())
        .getResultList()
        .forEach(x -> overrides.put(x.getRecommendationId(), x.getStatusOverride()));
    for (Recommendation r : recommendations) {
      statuses.put(
          r.getId(),
          RecommendationProgress.current(
              overrides.get(r.getId()),
              actions.stream()
                  .filter(a -> a.getRecommendations().contains(r))
                  .map(PlanAction::getStatus)
                  .toList()));
    }
    return statuses;
  }
}
