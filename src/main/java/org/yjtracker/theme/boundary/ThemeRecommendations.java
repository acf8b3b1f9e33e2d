package org.yjtracker.theme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.yjtracker.actionplan.control.RecommendationProgress;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.ActionStatus;
import org.yjtracker.actionplan.entity.RecommendationResponse;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.entity.Visibility;
import org.yjtracker.reinspection.entity.RecommendationOutcome;
import org.yjtracker.theme.entity.Theme;

/**
 * Reads confirmed recommendations of a theme within what a caller may see: the inspectorate sees
 * every inspection; everybody else the published inspections of their own services.
 */
@ApplicationScoped
public class ThemeRecommendations {

  private static final String IN_SCOPE = " AND i.status = :published AND i.service.id IN :services";

  @PersistenceContext EntityManager em;

  /** Theme id → number of confirmed recommendations the caller may see. */
  Map<Long, Long> countsByTheme(Visibility visibility) {
    if (!visibility.everything() && visibility.serviceIds().isEmpty()) {
      return Map.of();
    }
    var query =
        em.createQuery(
            "SELECT a.theme.id, COUNT(a) FROM ThemeAssignment a, Recommendation r JOIN"
                + " r.inspection i WHERE r.id = a.recommendationId"
                + (visibility.everything() ? "" : IN_SCOPE)
                + " GROUP BY a.theme.id",
            Object[].class);
    scoped(query, visibility);
    Map<Long, Long> counts = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      counts.put((Long) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** The confirmed recommendations of a theme, by service name, then date, then number. */
  List<ThemePageView.Row> confirmedIn(Theme theme, Visibility visibility) {
    if (!visibility.everything() && visibility.serviceIds().isEmpty()) {
      return List.of();
    }
    TypedQuery<Recommendation> query =
        em.createQuery(
            "SELECT r FROM ThemeAssignment a, Recommendation r JOIN r.inspection i JOIN i.service"
                + " s WHERE r.id = a.recommendationId AND a.theme = :theme"
                + (visibility.everything() ? "" : IN_SCOPE)
                + " ORDER BY s.name, i.publishedOn, i.id, r.number",
            Recommendation.class);
    query.setParameter("theme", theme);
    scoped(query, visibility);
    List<Recommendation> found = query.getResultList();
    if (found.isEmpty()) {
      return List.of();
    }
    List<Long> ids = found.stream().map(Recommendation::getId).toList();
    Map<Long, ActionPlan> plans =
        plansOf(found.stream().map(r -> r.getInspection().getId()).toList());
    Map<Long, List<ActionStatus>> actions = actionStatuses(ids);
    Map<Long, RecommendationStatus> overrides = new HashMap<>();
    em
        .createQuery(
            "SELECT x FROM RecommendationResponse x WHERE x.recommendationId IN :ids",
            RecommendationResponse.class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .filter(x -> x.getStatusOverride() != null)
        .forEach(x -> overrides.put(x.getRecommendationId(), x.getStatusOverride()));
    Map<Long, RecommendationOutcome> outcomes = new HashMap<>();
    em.createNamedQuery(RecommendationOutcome.OF_RECOMMENDATIONS, RecommendationOutcome.class)
        .setParameter("recommendationIds", ids)
        .getResultList()
        .forEach(o -> outcomes.put(o.getRecommendationId(), o));
    List<ThemePageView.Row> rows = new ArrayList<>();
    for (Recommendation r : found) {
      Inspection i = r.getInspection();
      ActionPlan plan = plans.get(i.getId());
      RecommendationOutcome outcome = outcomes.get(r.getId());
      rows.add(
          new ThemePageView.Row(
              i.getService().getId(),
              i.getService().getName(),
              i.getService().getRegion(),
              i.getId(),
              i.publication(),
              i.getPublishedOn(),
              r.getId(),
              r.getNumber(),
              r.getHeading(),
              r.getText(),
              plan == null ? null : plan.getId(),
              plan == null
                  ? null
                  : RecommendationProgress.current(
                      overrides.get(r.getId()), actions.getOrDefault(r.getId(), List.of())),
              outcome == null ? null : outcome.getOutcome(),
              outcome == null ? null : outcome.getJudgedIn().getId()));
    }
    return rows;
  }

  private Map<Long, ActionPlan> plansOf(Collection<Long> inspectionIds) {
    Map<Long, ActionPlan> plans = new HashMap<>();
    em.createQuery("SELECT p FROM ActionPlan p WHERE p.inspection.id IN :ids", ActionPlan.class)
        .setParameter("ids", List.copyOf(new HashSet<>(inspectionIds)))
        .getResultList()
        .forEach(p -> plans.put(p.getInspection().getId(), p));
    return plans;
  }

  /**
   * The statuses of the actions of a recommendation's own plan that answer it, as the plan page
   * counts them (actions of a later plan answering a carried recommendation are that plan's).
   */
  private Map<Long, List<ActionStatus>> actionStatuses(List<Long> recommendationIds) {
    Map<Long, List<ActionStatus>> statuses = new HashMap<>();
    em.createQuery(
            "SELECT r.id, a.status FROM PlanAction a JOIN a.recommendations r WHERE r.id IN :ids"
                + " AND a.plan.inspection = r.inspection",
            Object[].class)
        .setParameter("ids", recommendationIds)
        .getResultList()
        .forEach(
            row ->
                statuses
                    .computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                    .add((ActionStatus) row[1]));
    return statuses;
  }

  private static void scoped(TypedQuery<?> query, Visibility visibility) {
    if (!visibility.everything()) {
      query.setParameter("published", InspectionStatus.PUBLISHED);
      query.setParameter("services", List.copyOf(visibility.serviceIds()));
    }
  }
}
