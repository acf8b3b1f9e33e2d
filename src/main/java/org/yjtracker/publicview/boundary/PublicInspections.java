package org.yjtracker.publicview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yjtracker.actionplan.boundary.PlanProgress;
import org.yjtracker.actionplan.boundary.PlanProgress.StatusEntry;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.inspection.control.ScoringRules;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.InspectionStatus;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.organisation.entity.Organisation;
import org.yjtracker.organisation.entity.Region;
import org.yjtracker.platform.control.Clocks;
import org.yjtracker.platform.control.Like;
import org.yjtracker.platform.control.PagedQuery;
import org.yjtracker.platform.entity.PageRequest;
import org.yjtracker.platform.entity.ResultPage;
import org.yjtracker.publicview.boundary.PublicInspectionView.PublicRecommendation;
import org.yjtracker.publicview.boundary.PublicInspectionView.PublicStandard;
import org.yjtracker.publicview.boundary.PublicInspectionView.PublicStatusChange;
import org.yjtracker.reinspection.entity.Outcome;
import org.yjtracker.reinspection.entity.RecommendationOutcome;

/** Published inspections for anybody; a draft answers 404 as if it were not there. */
@ApplicationScoped
@Transactional
public class PublicInspections {

  @PersistenceContext EntityManager em;
  @Inject PlanProgress plans;

  public ResultPage<PublicInspectionSummary> search(
      String service, Region region, PageRequest page) {
    return PagedQuery.of(Inspection.class, "i")
        .where("i.status = :published", "published", InspectionStatus.PUBLISHED)
        .whereGiven("LOWER(i.service.name) LIKE :text", "text", Like.containing(service))
        .whereGiven("i.service.region = :region", "region", region)
        .page(em, "i.publishedOn DESC, i.id DESC", page, PublicInspectionSummary::of);
  }

  public PublicInspectionView find(long id) {
    Inspection inspection =
        Optional.ofNullable(em.find(Inspection.class, id))
            .filter(i -> !i.isDraft())
            .orElseThrow(() -> new NotFoundException("No published inspection with id " + id));
    List<Recommendation> recommendations =
        inspection.getRecommendations().stream()
            .sorted(Comparator.comparingInt(Recommendation::getNumber))
            .toList();
    Map<Long, Outcome> outcomes = outcomes(recommendations);
    // Where each stands as its plan keeps it; none without a plan.
    Optional<Long> planId = plans.planOf(id);
    Map<Long, RecommendationStatus> statuses = planId.map(plans::statuses).orElse(Map.of());
    Map<Long, List<PublicStatusChange>> histories = planId.map(this::histories).orElse(Map.of());
    // A framework that scores nothing (2025) has no score to give, whatever a row may hold.
    Integer maxScore = ScoringRules.of(inspection.getFramework()).maxScore().orElse(null);
    return new PublicInspectionView(
        inspection.getId(),
        inspection.getService().getName(),
        inspection.getService().getRegion(),
        inspection.publication(),
        inspection.getPublishedOn(),
        inspection.getFramework().getName(),
        inspection.getKind(),
        inspection.getKind().label(),
        inspection.getPublishedOverall(),
        maxScore == null ? null : inspection.getPublishedScore(),
        maxScore,
        inspection.getStandards().stream()
            .sorted(Comparator.comparingInt(s -> s.getStandard().getPosition()))
            .map(
                s ->
                    new PublicStandard(s.code(), s.getStandard().getName(), s.getPublishedRating()))
            .toList(),
        recommendations.stream()
            .map(
                r ->
                    new PublicRecommendation(
                        r.getNumber(),
                        r.getHeading(),
                        r.getText(),
                        r.getOwnerKinds().stream().sorted().toList(),
                        r.getOwners().stream().map(Organisation::getName).sorted().toList(),
                        statuses.get(r.getId()),
                        outcomes.get(r.getId()),
                        histories.getOrDefault(r.getId(), List.of())))
            .toList());
  }

  /** Each recommendation's dated changes of status in the plan, as the public may read them. */
  private Map<Long, List<PublicStatusChange>> histories(long planId) {
    Map<Long, List<PublicStatusChange>> histories = new HashMap<>();
    plans.history(planId).stream()
        .filter(e -> e.recommendationId() != null)
        .map(StatusEntry::anonymous)
        .forEach(
            e ->
                histories
                    .computeIfAbsent(e.recommendationId(), k -> new ArrayList<>())
                    .add(
                        new PublicStatusChange(
                            e.at().atZone(Clocks.TRACKER_ZONE).toLocalDate(),
                            e.from() == null ? null : RecommendationStatus.valueOf(e.from()),
                            RecommendationStatus.valueOf(e.to()))));
    return histories;
  }

  /** Only what a published inspection recorded: a draft re-inspection is not public yet. */
  private Map<Long, Outcome> outcomes(List<Recommendation> recommendations) {
    Map<Long, Outcome> outcomes = new HashMap<>();
    if (recommendations.isEmpty()) {
      return outcomes;
    }
    em.createNamedQuery(RecommendationOutcome.OF_RECOMMENDATIONS, RecommendationOutcome.class)
        .setParameter(
            "recommendationIds", recommendations.stream().map(Recommendation::getId).toList())
        .getResultStream()
        .filter(o -> !o.getJudgedIn().isDraft())
        .forEach(o -> outcomes.put(o.getRecommendationId(), o.getOutcome()));
    return outcomes;
  }
}
