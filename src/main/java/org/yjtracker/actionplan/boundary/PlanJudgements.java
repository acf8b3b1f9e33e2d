package org.yjtracker.actionplan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.actionplan.entity.ActionPlan;
import org.yjtracker.actionplan.entity.CarriedOutcome;
import org.yjtracker.actionplan.entity.CarriedRecommendation;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.audit.entity.AuditAction;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.InvalidInputException;

/**
 * What the next inspection of a service does to its plans, called by the re-inspection component
 * (which decides who may judge; the rules of the plans are kept here): it carries a recommendation
 * the previous plan did not (fully) meet into the new plan, takes one out again while no action
 * answers it, corrects what it found of one, and closes the plan it judged. Each write takes the
 * plan's lock first and keeps its progress after, so a carried recommendation gets its status and
 * history at once and observers hear of the closing. Carrying, taking out and closing are audited.
 */
@ApplicationScoped
@Transactional
public class PlanJudgements {

  static final String CARRIED_AUDIT_TYPE = "CarriedRecommendation";

  @PersistenceContext EntityManager em;
  @Inject ProgressKeeper keeper;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Carries a recommendation of an earlier inspection into the plan, with what the inspection
   * answered by the plan found of it; carrying one already carried changes nothing.
   */
  public void carry(
      Caller caller, long planId, long recommendationId, CarriedOutcome outcome, String note) {
    Objects.requireNonNull(outcome, "Only what was found not (fully) met is carried");
    keeper.lock(planId);
    ActionPlan plan = plan(planId);
    Recommendation recommendation = recommendation(recommendationId);
    if (recommendation.getInspection().equals(plan.getInspection())) {
      throw new InvalidInputException(
          "recommendationId",
          "Recommendation "
              + recommendation.getNumber()
              + " is the plan's own: only an earlier inspection's recommendations are carried");
    }
    requireOpen(plan);
    if (carried(planId, recommendationId).isPresent()) {
      return;
    }
    em.persist(
        new CarriedRecommendation(
            planId, recommendation, outcome, note, caller.email(), clock.instant()));
    keeper.keep(
        planId,
        caller.email(),
        "Carried forward from the inspection of "
            + recommendation.getInspection().publication()
            + ": the inspection of "
            + plan.getInspection().publication()
            + " found it "
            + words(outcome));
    audit.created(
        caller,
        CARRIED_AUDIT_TYPE,
        planId + "/" + recommendationId,
        Map.of("planId", planId, "recommendationId", recommendationId, "outcome", outcome));
  }

  /**
   * Takes a carried recommendation out of the plan again, only while no action of the plan answers
   * it (an answered one stays: unlink the action first).
   */
  public void takeOut(Caller caller, long planId, long recommendationId) {
    keeper.lock(planId);
    ActionPlan plan = plan(planId);
    CarriedRecommendation carried =
        carried(planId, recommendationId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Recommendation "
                            + recommendation(recommendationId).getNumber()
                            + " is not carried into the plan of "
                            + plan.getInspection().publication()));
    requireOpen(plan);
    if (answered(planId, recommendationId)) {
      throw new ConflictException(
          "An action of the new plan answers recommendation "
              + carried.getRecommendation().getNumber()
              + ", so it stays carried forward; unlink the action first.");
    }
    em.remove(carried);
    keeper.keep(planId, caller.email(), "Taken out of the plan again");
    audit.deleted(
        caller,
        CARRIED_AUDIT_TYPE,
        planId + "/" + recommendationId,
        Map.of("planId", planId, "recommendationId", recommendationId));
  }

  /**
   * The inspector corrected what the inspection found of a recommendation carried into the plan:
   * the plan shows the correction. Nothing to do when it is not carried. Allowed after the plan
   * closed, as the outcome itself stays correctable; the outcome's own change is audited by its
   * owner.
   */
  public void rejudge(
      Caller caller, long planId, long recommendationId, CarriedOutcome outcome, String note) {
    Objects.requireNonNull(outcome, "Only what was found not (fully) met stays carried");
    keeper.lock(planId);
    Optional<CarriedRecommendation> carried = carried(planId, recommendationId);
    if (carried.isEmpty()) {
      return;
    }
    carried.get().judged(outcome, note);
    keeper.keep(planId, caller.email(), "What the inspection found was corrected");
  }

  /**
   * The inspection that followed the plan's own has judged every recommendation: the plan closes
   * and becomes a record, and everything else refuses to change it from then on.
   */
  public void close(Caller caller, long planId, long judgingInspectionId) {
    keeper.lock(planId);
    ActionPlan plan = plan(planId);
    Inspection judging =
        Optional.ofNullable(em.find(Inspection.class, judgingInspectionId))
            .filter(i -> plan.getInspection().equals(i.getPrevious()))
            .orElseThrow(
                () ->
                    new ConflictException(
                        "Only the inspection that follows the plan's own closes the plan."));
    if (plan.isClosed()) {
      throw new ConflictException("The previous plan is already closed.");
    }
    String before = plan.getStatus().name();
    String reason = "Judged by the inspection of " + judging.publication();
    plan.close(clock.instant());
    keeper.keep(planId, caller.email(), reason);
    audit.record(
        caller,
        AuditAction.UPDATE,
        ActionPlans.AUDIT_TYPE,
        planId,
        reason,
        Map.of("status", before),
        Map.of("status", "closed"));
  }

  private ActionPlan plan(long planId) {
    return Optional.ofNullable(em.find(ActionPlan.class, planId))
        .orElseThrow(() -> new NotFoundException("No plan with id " + planId));
  }

  private Recommendation recommendation(long recommendationId) {
    return Optional.ofNullable(em.find(Recommendation.class, recommendationId))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "recommendationId", "There is no recommendation " + recommendationId));
  }

  private Optional<CarriedRecommendation> carried(long planId, long recommendationId) {
    return Optional.ofNullable(
        em.find(
            CarriedRecommendation.class, new CarriedRecommendation.Key(planId, recommendationId)));
  }

  private boolean answered(long planId, long recommendationId) {
    return em.createQuery(
                "SELECT COUNT(a) FROM PlanAction a JOIN a.recommendations r"
                    + " WHERE a.plan.id = :plan AND r.id = :recommendation",
                Long.class)
            .setParameter("plan", planId)
            .setParameter("recommendation", recommendationId)
            .getSingleResult()
        > 0;
  }

  private static void requireOpen(ActionPlan plan) {
    if (plan.isClosed()) {
      throw new ConflictException(
          "The new plan is closed: it is a record now and can no longer be changed.");
    }
  }

  private static String words(CarriedOutcome outcome) {
    return outcome.name().toLowerCase().replace('_', ' ');
  }
}
