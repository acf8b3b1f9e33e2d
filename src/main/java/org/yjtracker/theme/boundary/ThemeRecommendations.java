package org.yjtracker.theme.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjtracker.actionplan.boundary.PlanProgress;
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
  @Inject PlanProgress plans;

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
            // One root, not a join of ThemeAssignment and Recommendation: EclipseLink's batch
            // fetching of a recommendation's owner kinds fails on a query with two roots.
            "SELECT r FROM Recommendation r JOIN r.inspection i JOIN i.service s WHERE r.id IN"
                + " (SELECT a.recommendationId FROM ThemeAssignment a WHERE a.theme = :theme)"
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
    // As the plan answering its own inspection keeps it (a later plan carrying it has its own).
    Map<Long, PlanProgress.Standing> standings = plans.inOwnPlans(ids);
    Map<Long, RecommendationOutcome> outcomes = new HashMap<>();
    em.createNamedQuery(RecommendationOutcome.OF_RECOMMENDATIONS, RecommendationOutcome.class)
        .setParameter("recommendationIds", ids)
        .getResultList()
        .forEach(o -> outcomes.put(o.getRecommendationId(), o));
    List<ThemePageView.Row> rows = new ArrayList<>();
    for (Recommendation r : found) {
      Inspection i = r.getInspection();
      PlanProgress.Standing standing = standings.get(r.getId());
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
              standing == null ? null : standing.planId(),
              standing == null ? null : standing.status(),
              outcome == null ? null : outcome.getOutcome(),
              outcome == null ? null : outcome.getJudgedIn().getId()));
    }
    return rows;
  }

  private static void scoped(TypedQuery<?> query, Visibility visibility) {
    if (!visibility.everything()) {
      query.setParameter("published", InspectionStatus.PUBLISHED);
      query.setParameter("services", List.copyOf(visibility.serviceIds()));
    }
  }
}
