package org.yjtracker.reinspection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.yjtracker.access.entity.Caller;
import org.yjtracker.access.entity.Role;
import org.yjtracker.actionplan.boundary.PlanJudgements;
import org.yjtracker.actionplan.boundary.PlanProgress;
import org.yjtracker.actionplan.boundary.PlanProgress.PlanSummary;
import org.yjtracker.actionplan.entity.CarriedOutcome;
import org.yjtracker.actionplan.entity.RecommendationStatus;
import org.yjtracker.audit.control.AuditTrail;
import org.yjtracker.framework.entity.Standard;
import org.yjtracker.inspection.entity.Inspection;
import org.yjtracker.inspection.entity.Recommendation;
import org.yjtracker.inspection.entity.StandardResult;
import org.yjtracker.organisation.boundary.OrganisationRef;
import org.yjtracker.organisation.control.ServiceScope;
import org.yjtracker.platform.control.ConflictException;
import org.yjtracker.platform.control.Enums;
import org.yjtracker.platform.control.FieldError;
import org.yjtracker.platform.control.InvalidInputException;
import org.yjtracker.reinspection.boundary.ComparisonView.InspectionSide;
import org.yjtracker.reinspection.boundary.ComparisonView.PlanRef;
import org.yjtracker.reinspection.boundary.ComparisonView.PreviousRecommendation;
import org.yjtracker.reinspection.control.RatingComparison;
import org.yjtracker.reinspection.entity.Outcome;
import org.yjtracker.reinspection.entity.RecommendationOutcome;

/**
 * The next inspection of a service judges the previous one: inspectors record what became of each
 * of its recommendations, carry those not (fully) met into the new plan, and then close the
 * previous plan. Whoever reads both inspections reads the comparison. Every change is audited. The
 * plans are actionplan's: they are read through {@link PlanProgress} and changed only through
 * {@link PlanJudgements}.
 */
@ApplicationScoped
@Transactional
public class Reinspections {

  static final String AUDIT_TYPE = "RecommendationOutcome";
  static final int NOTE_MAX = 4000;

  @PersistenceContext EntityManager em;
  @Inject ServiceScope scope;
  @Inject AuditTrail audit;
  @Inject PlanProgress plans;
  @Inject PlanJudgements judgements;
  @Inject Clock clock;

  public ComparisonView compare(Caller caller, long inspectionId) {
    Inspection current = readable(caller, inspectionId);
    return view(caller, current, previousOf(caller, current));
  }

  /** Records or corrects (also after the previous plan closed) the outcome of a recommendation. */
  public ComparisonView record(
      Caller caller, long inspectionId, long recommendationId, OutcomeInput input) {
    Inspection current = readable(caller, inspectionId);
    Inspection previous = previousOf(caller, current);
    requireJudge(caller);
    Recommendation recommendation = previousRecommendation(previous, recommendationId);
    var errors = new ArrayList<FieldError>();
    String given = input == null ? null : input.outcome;
    Outcome outcome = Enums.parseInto(Outcome.class, given, "outcome", errors);
    if (outcome == null && errors.isEmpty()) {
      errors.add(
          new FieldError(
              "outcome", "Choose the outcome: met, partly met, not met or no longer applicable"));
    }
    String note = input == null ? null : input.note;
    if (note != null && note.strip().length() > NOTE_MAX) {
      errors.add(new FieldError("note", "A note must be " + NOTE_MAX + " characters or fewer"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    RecommendationOutcome existing = em.find(RecommendationOutcome.class, recommendationId);
    if (existing != null) {
      if (input.version == null) {
        throw new InvalidInputException("version", "Send the version of the outcome you read");
      }
      if (input.version != existing.getVersion()) {
        throw new ConflictException(
            "Someone else recorded an outcome for this recommendation while you were judging it.",
            "version",
            view(caller, current, previous));
      }
      if (!outcome.canBeCarriedForward()
          && newPlan(current).map(p -> isCarried(p, recommendation)).orElse(false)) {
        throw new ConflictException(
            "Recommendation "
                + recommendation.getNumber()
                + " is carried forward into the new plan; take it out of the new plan before"
                + " judging it "
                + outcome.name().toLowerCase().replace('_', ' ')
                + ".");
      }
    }
    Judged before = existing == null ? null : Judged.of(recommendation, existing);
    RecommendationOutcome judged =
        existing != null ? existing : new RecommendationOutcome(recommendationId, current);
    judged.record(outcome, note, caller.email(), clock.instant());
    if (existing == null) {
      em.persist(judged);
    }
    em.flush();
    // A recommendation carried into the new plan shows there what was found of it.
    Optional<CarriedOutcome> carriedAs = outcome.carried();
    if (carriedAs.isPresent()) {
      newPlan(current)
          .ifPresent(
              p ->
                  judgements.rejudge(
                      caller, p.id(), recommendationId, carriedAs.get(), judged.getNote()));
    }
    Judged after = Judged.of(recommendation, judged);
    if (before == null) {
      audit.created(caller, AUDIT_TYPE, recommendationId, after);
    } else {
      audit.updated(caller, AUDIT_TYPE, recommendationId, before, after);
    }
    return view(caller, current, previous);
  }

  /** Carries a recommendation judged not met or partly met into this inspection's plan. */
  public ComparisonView carry(Caller caller, long inspectionId, long recommendationId) {
    Inspection current = readable(caller, inspectionId);
    Inspection previous = previousOf(caller, current);
    requireJudge(caller);
    Recommendation recommendation = previousRecommendation(previous, recommendationId);
    RecommendationOutcome outcome = em.find(RecommendationOutcome.class, recommendationId);
    if (outcome == null || !outcome.getOutcome().canBeCarriedForward()) {
      throw new InvalidInputException(
          "outcome",
          "Only a recommendation judged not met or partly met can be carried forward; recommendation "
              + recommendation.getNumber()
              + (outcome == null
                  ? " has no outcome yet"
                  : " was judged " + outcome.getOutcome().name().toLowerCase().replace('_', ' ')));
    }
    PlanSummary plan =
        newPlan(current)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "The new inspection has no plan yet: once the service starts it,"
                            + " recommendations can be carried into it."));
    judgements.carry(
        caller,
        plan.id(),
        recommendationId,
        outcome.getOutcome().carried().orElseThrow(),
        outcome.getNote());
    return view(caller, current, previous);
  }

  /** Takes a carried recommendation out of the new plan while no action of it answers it. */
  public ComparisonView uncarry(Caller caller, long inspectionId, long recommendationId) {
    Inspection current = readable(caller, inspectionId);
    Inspection previous = previousOf(caller, current);
    requireJudge(caller);
    Recommendation recommendation = previousRecommendation(previous, recommendationId);
    PlanSummary plan =
        newPlan(current)
            .filter(p -> isCarried(p, recommendation))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Recommendation "
                            + recommendation.getNumber()
                            + " is not carried into the new plan"));
    judgements.takeOut(caller, plan.id(), recommendationId);
    return view(caller, current, previous);
  }

  /**
   * The inspector has judged every recommendation: the previous plan closes and becomes a record.
   */
  public ComparisonView complete(Caller caller, long inspectionId) {
    Inspection current = readable(caller, inspectionId);
    Inspection previous = previousOf(caller, current);
    requireJudge(caller);
    PlanSummary plan =
        planOf(previous)
            .orElseThrow(
                () -> new ConflictException("The previous inspection has no plan to close."));
    if (plan.closed()) {
      throw new ConflictException("The previous plan is already closed.");
    }
    Set<Long> judged = outcomes(previous).keySet();
    List<FieldError> missing =
        sorted(previous).stream()
            .filter(r -> !judged.contains(r.getId()))
            .map(
                r ->
                    new FieldError(
                        "outcomes", "Recommendation " + r.getNumber() + " has no outcome yet"))
            .toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
    judgements.close(caller, plan.id(), current.getId());
    return view(caller, current, previous);
  }

  private ComparisonView view(Caller caller, Inspection current, Inspection previous) {
    var result =
        previous.getFramework().getId().equals(current.getFramework().getId())
            ? RatingComparison.compare(side(previous), side(current))
            : RatingComparison.acrossFrameworks(side(previous), side(current));
    PlanSummary previousPlan = planOf(previous).orElse(null);
    PlanSummary newPlan = newPlan(current).orElse(null);
    Map<Long, RecommendationOutcome> outcomes = outcomes(previous);
    // As the previous plan keeps them: closing it does not move them, so they are its end.
    Map<Long, RecommendationStatus> atEnd =
        previousPlan == null ? Map.of() : plans.statuses(previousPlan.id());
    Set<Long> carried = newPlan == null ? Set.of() : plans.carried(newPlan.id());
    Set<Long> addressed = newPlan == null ? Set.of() : plans.answered(newPlan.id());
    List<PreviousRecommendation> recommendations =
        sorted(previous).stream()
            .map(
                r -> {
                  RecommendationOutcome o = outcomes.get(r.getId());
                  return new PreviousRecommendation(
                      r.getId(),
                      r.getNumber(),
                      r.getHeading(),
                      r.getText(),
                      r.getOwnerKinds().stream().sorted().toList(),
                      OrganisationRef.sortedByName(r.getOwners()),
                      atEnd.get(r.getId()),
                      o == null ? null : o.getOutcome(),
                      o == null ? null : o.getNote(),
                      o == null ? null : o.getRecordedBy(),
                      o == null ? null : o.getRecordedAt(),
                      o == null ? 0 : o.getVersion(),
                      carried.contains(r.getId()),
                      addressed.contains(r.getId()));
                })
            .toList();
    return new ComparisonView(
        sideOf(previous),
        sideOf(current),
        result.standards(),
        result.scoreThen(),
        result.scoreNow(),
        result.scoreChange(),
        result.overallThen(),
        result.overallNow(),
        result.overallChange(),
        previousPlan == null
            ? null
            : new PlanRef(previousPlan.id(), previousPlan.status(), previousPlan.closedAt()),
        newPlan == null ? null : newPlan.id(),
        recommendations,
        (int) recommendations.stream().filter(r -> r.outcome() == null).count(),
        isJudge(caller));
  }

  private static RatingComparison.Side side(Inspection inspection) {
    Map<String, StandardResult> results = new HashMap<>();
    inspection.getStandards().forEach(s -> results.put(s.code(), s));
    List<RatingComparison.Rated> standards = new ArrayList<>();
    for (Standard standard :
        inspection.getFramework().standardsRatedIn(inspection.getKind().name())) {
      StandardResult result = results.get(standard.getCode());
      standards.add(
          new RatingComparison.Rated(
              standard.getCode(),
              standard.getName(),
              result == null ? null : result.getPublishedRating()));
    }
    return new RatingComparison.Side(
        inspection.getFramework().isScored() ? inspection.getPublishedScore() : null,
        inspection.getFramework().isRated() ? inspection.getPublishedOverall() : null,
        standards);
  }

  private static InspectionSide sideOf(Inspection inspection) {
    return new InspectionSide(
        inspection.getId(),
        inspection.publication(),
        inspection.getFramework().getCode(),
        inspection.getFramework().getName(),
        inspection.getService().getName());
  }

  private Map<Long, RecommendationOutcome> outcomes(Inspection previous) {
    List<Long> ids = previous.getRecommendations().stream().map(Recommendation::getId).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(
            RecommendationOutcome.OF_RECOMMENDATIONS, RecommendationOutcome.class)
        .setParameter("recommendationIds", ids)
        .getResultStream()
        .collect(Collectors.toMap(RecommendationOutcome::getRecommendationId, o -> o));
  }

  private boolean isCarried(PlanSummary plan, Recommendation recommendation) {
    return plans.carried(plan.id()).contains(recommendation.getId());
  }

  private Optional<PlanSummary> newPlan(Inspection current) {
    return planOf(current);
  }

  private Optional<PlanSummary> planOf(Inspection inspection) {
    return plans.summaryOf(inspection.getId());
  }

  private Inspection readable(Caller caller, long id) {
    return Optional.ofNullable(em.find(Inspection.class, id))
        .filter(i -> visible(caller, i))
        .orElseThrow(() -> new NotFoundException("No inspection with id " + id));
  }

  private boolean visible(Caller caller, Inspection inspection) {
    return (caller.isInspectorate() || !inspection.isDraft())
        && scope.of(caller).coversService(inspection.getService().getId());
  }

  private Inspection previousOf(Caller caller, Inspection current) {
    return Optional.ofNullable(current.getPrevious())
        .filter(p -> visible(caller, p))
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Inspection "
                        + current.getId()
                        + " of "
                        + current.getService().getName()
                        + " has no previous inspection to compare it with"));
  }

  private static Recommendation previousRecommendation(Inspection previous, long id) {
    return previous
        .recommendation(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "recommendationId",
                    "The previous inspection (published "
                        + previous.publication()
                        + ") has no recommendation "
                        + id));
  }

  private static List<Recommendation> sorted(Inspection inspection) {
    return inspection.getRecommendations().stream()
        .sorted(Comparator.comparingInt(Recommendation::getNumber))
        .toList();
  }

  private static boolean isJudge(Caller caller) {
    return caller.hasAnyRole(Role.INSPECTOR, Role.INSPECTORATE_ADMIN);
  }

  private static void requireJudge(Caller caller) {
    if (!isJudge(caller)) {
      throw new ForbiddenException(
          "Only inspectors judge what became of the previous inspection's recommendations.");
    }
  }

  /** What the audit trail keeps of an outcome. */
  public record Judged(
      long recommendationId, int number, Outcome outcome, String note, long version) {
    static Judged of(Recommendation r, RecommendationOutcome o) {
      return new Judged(r.getId(), r.getNumber(), o.getOutcome(), o.getNote(), o.getVersion());
    }
  }
}
