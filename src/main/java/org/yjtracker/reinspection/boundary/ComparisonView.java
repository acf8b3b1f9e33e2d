package org.yjtracker.reinspection.boundary;

import java.time.Instant;
import java.util.List;
import org.yjtracker.actionplan.entity.PlanStatus;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.framework.entity.Rating;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.entity.OrganisationKind;
import org.yjtracker.reinspection.control.RatingComparison.Change;
import org.yjtracker.reinspection.control.RatingComparison.StandardRow;
import org.yjtracker.reinspection.entity.Outcome;

/**
 * An inspection set beside the one before it: ratings then and now, and what became of each
 * recommendation of the previous inspection.
 *
 * @param previousPlan the plan that answered the previous inspection, or null if it had none
 * @param newPlanId the plan of this inspection, or null if the service has not started it yet
 * @param withoutOutcome how many previous recommendations still wait for an outcome
 * @param canJudge the caller records outcomes, carries recommendations forward and closes the plan
 */
public record ComparisonView(
    InspectionSide previous,
    InspectionSide current,
    List<StandardRow> standards,
    Integer scoreThen,
    Integer scoreNow,
    Integer scoreChange,
    Rating overallThen,
    Rating overallNow,
    Change overallChange,
    PlanRef previousPlan,
    Long newPlanId,
    List<PreviousRecommendation> recommendations,
    int withoutOutcome,
    boolean canJudge) {

  public record InspectionSide(
      long id, String published, String framework, String frameworkName, String service) {}

  public record PlanRef(long id, PlanStatus status, Instant closedAt) {}

  /**
   * A recommendation of the previous inspection.
   *
   * @param statusAtEnd its status in the previous plan (as its actions or an inspector made it);
   *     null when there was no plan
   * @param version the outcome's version, to send back with a change; 0 before any outcome
   * @param carried carried forward into this inspection's plan
   * @param addressed an action of this inspection's plan answers it, so it stays carried
   */
  public record PreviousRecommendation(
      long id,
      int number,
      String heading,
      String text,
      List<OrganisationKind> ownerKinds,
      List<OrganisationRef> owners,
      RecommendationStatus statusAtEnd,
      Outcome outcome,
      String note,
      String recordedBy,
      Instant recordedAt,
      long version,
      boolean carried,
      boolean addressed) {}
}
